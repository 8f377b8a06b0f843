package nl.alliantie.agendas;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.agendas.agenda.AgendaStore;
import nl.alliantie.agendas.practices.Practices;
import nl.alliantie.network.PersonId;
import nl.alliantie.network.people.People;
import nl.alliantie.network.privacy.Dossier;
import nl.alliantie.shared.events.EventsHeard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The library of good practices: made by the secretariat or from a reached step, found by Dutch
 * full text, bad input refused beside its field, contacts forgotten and shown in the person's own
 * data by address.
 */
@AlliantieTest
class PracticesTest {

	static final int YEAR = LocalDate.now().getYear();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	AgendaFixtures fixtures;

	@Autowired
	AgendaStore store;

	@Autowired
	Practices practices;

	@Autowired
	People people;

	@Autowired
	Dossier dossier;

	@Autowired
	EventsHeard heard;

	@Autowired
	JdbcClient jdbc;

	/** A word of consonants no Dutch stemmer changes and no other test writes. */
	static String token() {
		String letters = "bcdfghkmpqtvxz";
		StringBuilder word = new StringBuilder("qz");
		for (int i = 0; i < 8; i++) {
			word.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
		}
		return word.toString();
	}

	@Test
	void theSecretariatWritesAPracticeAndTheSearchFindsItByItsDutchStem() throws Exception {
		String token = token();
		String location = mvc.perform(post("/beheer/praktijken").with(logins.secretariat()).with(csrf())
				.param("titel", "Hulp bij schuld " + token)
				.param("wat", "Vrijwilligers hielpen huishoudens met hun administratie.")
				.param("gemeente", "zwolle")
				.param("partij", "Platform Armoede Zwolle")
				.param("themas", "schulden, administratie")
				.param("nodig", "Twintig vrijwilligers en een vaste contactpersoon.")
				.param("contactNaam", "Anna")
				.param("contactEmail", "anna@voorbeeld.nl")
				.param("stap", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll("^/beheer/praktijken/(\\d+).*$", "$1"));
		Practices.Practice practice = practices.find(id).orElseThrow();
		assertThat(practice.municipality()).as("spelled as the register does").isEqualTo("Zwolle");

		// "schulden" and "schuld" share the stem schuld; the token keeps other tests' practices out
		mvc.perform(get("/praktijken").param("q", "schulden " + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/praktijken/" + id + "\"")));
		mvc.perform(get("/praktijken").param("q", "energie " + token))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("/praktijken/" + id + "\"")),
					containsString("Geen voorbeelden gevonden"))));
		mvc.perform(get("/praktijken/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hulp bij schuld " + token),
					containsString("Twintig vrijwilligers"), containsString("mailto:anna@voorbeeld.nl"))));

		mvc.perform(post("/beheer/praktijken/" + id).with(logins.secretariat()).with(csrf())
				.param("titel", "Hulp bij schulden " + token).param("wat", "Anders beschreven.").param("gemeente", "")
				.param("partij", "").param("themas", "").param("nodig", "").param("contactNaam", "").param("contactEmail", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(practices.find(id).orElseThrow().municipality()).isNull();
		assertThat(practices.find(id).orElseThrow().what()).isEqualTo("Anders beschreven.");
		mvc.perform(post("/beheer/praktijken/" + id + "/verwijderen").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/praktijken/" + id)).andExpect(status().isNotFound());
	}

	@Test
	void badInputGetsADutchSentenceBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
		String tooLong = "a".repeat(20_000);
		mvc.perform(post("/beheer/praktijken").with(logins.secretariat()).with(csrf())
				.param("titel", tooLong)
				.param("wat", "<script>alert(1)</script>")
				.param("gemeente", "Nergenshuizen")
				.param("themas", "t".repeat(301))
				.param("contactEmail", "geen adres")
				.param("stap", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("id=\"titel-error\">Dit is te lang. Gebruik hoogstens 200 tekens."),
					containsString("id=\"wat-error\">Gebruik gewone tekst, zonder HTML-code tussen &lt; en &gt;."),
					containsString("id=\"gemeente-error\">Deze gemeente kennen wij niet."),
					containsString("id=\"themas-error\">Dit is te lang. Gebruik hoogstens 300 tekens."),
					containsString("id=\"contactEmail-error\">Vul een geldig e-mailadres in"),
					containsString("id=\"stap-error\">Dit voorbeeld kan alleen beginnen bij een behaalde stap"),
					containsString(tooLong), containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					not(containsString("<script>alert(1)")))));
		mvc.perform(post("/beheer/praktijken").with(logins.secretariat()).with(csrf()).param("titel", " ").param("wat", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"titel-error\">Geef het voorbeeld een titel."),
					containsString("id=\"wat-error\">Beschrijf wat er gedaan is."))));
		// a search of any length or content, a page far away, an id too large: never a 500
		mvc.perform(get("/praktijken").param("q", tooLong + " <b> & | ! :* ((")).andExpect(status().isOk());
		mvc.perform(get("/praktijken").param("pagina", "2147483647")).andExpect(status().isOk());
		mvc.perform(get("/praktijken/99999999999999999999")).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheSecretariatKeepsTheLibrary() throws Exception {
		var made = fixtures.agenda(YEAR);
		mvc.perform(get("/beheer/praktijken").with(logins.representative(made.lead().value()))).andExpect(status().isForbidden());
		mvc.perform(post("/beheer/praktijken").with(logins.representative(made.lead().value())).with(csrf())
				.param("titel", "Niet van mij").param("wat", "Iets"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/beheer/praktijken").with(logins.secretariat())).andExpect(status().isOk());
	}

	@Test
	void aReachedStepBecomesAPracticeOnce() throws Exception {
		var made = fixtures.agenda(YEAR);
		var secretariat = logins.secretariat();
		mvc.perform(get("/beheer/praktijken/nieuw").param("stap", Long.toString(made.step())).with(secretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Folder bij de huisartsen"))));
		store.adopt(made.id());
		store.judge(made.id(), made.step(), Verdict.BEHAALD, "Ligt er sinds juni", false);
		mvc.perform(get("/beheer/sociale-agendas/" + made.id() + "/stappen/" + made.step()).with(secretariat))
			.andExpect(content().string(containsString("/beheer/praktijken/nieuw?stap=" + made.step())));
		mvc.perform(get("/beheer/praktijken/nieuw").param("stap", Long.toString(made.step())).with(secretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"Folder bij de huisartsen\""),
					containsString("Ligt er sinds juni"), containsString("Folder ligt bij tien huisartsen"),
					containsString("value=\"" + made.municipality() + "\""))));
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/beheer/praktijken").with(secretariat).with(csrf())
					.param("titel", "Folder bij de huisartsen").param("wat", "Folders bij tien huisartsen.")
					.param("gemeente", made.municipality()).param("stap", Long.toString(made.step())))
				.andExpect(status().is3xxRedirection());
		}
		long practice = practices.ofStep(made.step()).orElseThrow();
		assertThat(jdbc.sql("select count(*) from agendas_practice where step_id = :s").param("s", made.step())
			.query(Integer.class).single()).as("a double submit makes one").isEqualTo(1);
		mvc.perform(get("/beheer/praktijken/nieuw").param("stap", Long.toString(made.step())).with(secretariat))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/beheer/praktijken/" + practice));
		mvc.perform(get("/praktijken/" + practice))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape(store.find(made.id()).orElseThrow().href() + "#stap-" + made.step()))));
	}

	@Test
	void aContactTypedByHandIsShownInTheOwnDataAndForgottenByAddress() throws Exception {
		String email = AgendaFixtures.unique("getypt");
		var made = fixtures.agenda(YEAR);
		// typed in before the register knew the address: no person id on the rows
		store.changePartyContact(made.id(), made.otherParty(), "Gerda Getypt", email.toUpperCase());
		store.changeBasics(made.id(), new AgendaStore.Lead(made.lead().value(), "Kartrekker", "Gerda Getypt", email),
				"Armoedevrij");
		long practice = practices.create(new Practices.Details("Getypt voorbeeld", "Iets gedaan", null, "", "", "",
				"Gerda Getypt", email, null));
		PersonId person = people.findOrCreate("Gerda Getypt", email, null, "test");

		var kept = dossier.of(person.value()).orElseThrow().elsewhere();
		assertThat(kept).extracting(k -> k.kind())
			.contains("agendas.mydata.agenda", "agendas.mydata.party", "agendas.mydata.practice");
		assertThat(kept).extracting(k -> k.href()).contains("/praktijken/" + practice);

		people.erase(person, "test");
		heard.await();
		var agenda = store.find(made.id()).orElseThrow();
		assertThat(agenda.party(made.otherParty()).orElseThrow().contactEmail()).isNull();
		assertThat(agenda.party(made.otherParty()).orElseThrow().contactName()).isNull();
		assertThat(agenda.contactEmail()).isNull();
		assertThat(agenda.contactName()).isNull();
		assertThat(practices.find(practice).orElseThrow().contactEmail()).isNull();
		assertThat(practices.find(practice).orElseThrow().contactName()).isNull();
		assertThat(agenda.party(made.memberParty()).orElseThrow().contactEmail()).as("other contacts stay").isNotNull();
	}
}
