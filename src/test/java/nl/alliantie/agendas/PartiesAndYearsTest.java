package nl.alliantie.agendas;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.agendas.agenda.AgendaStore;
import nl.alliantie.agendas.agenda.AgendaView;
import nl.alliantie.agendas.parties.CarryOn;
import nl.alliantie.agendas.parties.PartyLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A party's personal link, the December reminder and carrying an agenda on into the next year. */
@AlliantieTest
class PartiesAndYearsTest {

	static final Pattern LINK = Pattern.compile("/sociale-agenda/stappen/([A-Za-z0-9_-]{43})");

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
	PartyLinks links;

	@Autowired
	CarryOn carryOn;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	nl.alliantie.mail.catcher.MailCatcher catcher;

	/** How many mails of this purpose went into the outbox for this address. */
	int queued(String email, String purpose) {
		return jdbc.sql("select count(*) from mail_outbox where lower(recipient) = lower(:to) and purpose = :purpose")
			.param("to", email)
			.param("purpose", purpose)
			.query(Integer.class)
			.single();
	}

	/** The texts of the mails to this address, once {@code count} have arrived at the SMTP server. */
	List<String> mailsTo(String email, int count) {
		return nl.alliantie.mail.Mailboxes.waitFor(catcher, email, count).stream().map(m -> m.text()).toList();
	}

	static String linkIn(String text) {
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).as("link in %s", text).isTrue();
		return matcher.group();
	}

	@Test
	void aPartysLinkReachesOnlyItsOwnStepsAndAnEditedTokenNothing() throws Exception {
		var made = fixtures.agenda(YEAR);
		long otherStep = store.addStep(made.id(), new AgendaStore.StepDetails(made.otherParty(), null,
				"Stap van de woonstichting", LocalDate.of(YEAR, 9, 1), "Afspraak gemaakt", null));
		store.adopt(made.id());
		AgendaView agenda = store.find(made.id()).orElseThrow();
		String email = agenda.party(made.memberParty()).orElseThrow().contactEmail();
		mvc.perform(post("/beheer/sociale-agendas/" + made.id() + "/partijen/" + made.memberParty() + "/link")
				.with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(queued(email, "agenda-party-link")).isEqualTo(1);
		String link = linkIn(mailsTo(email, 1).get(0));

		mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Folder bij de huisartsen"),
					not(containsString("Stap van de woonstichting")))));
		mvc.perform(post(link + "/" + otherStep).with(csrf()).param("oordeel", "BEHAALD").param("toelichting", "Gedaan"))
			.andExpect(status().isNotFound());
		String token = link.substring(link.lastIndexOf('/') + 1);
		String edited = link.substring(0, link.lastIndexOf('/') + 1) + (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
		mvc.perform(get(edited)).andExpect(status().isNotFound());
		mvc.perform(post(edited + "/" + made.step()).with(csrf()).param("oordeel", "BEHAALD").param("toelichting", "Gedaan"))
			.andExpect(status().isNotFound());

		mvc.perform(post(link + "/" + made.step()).with(csrf()).param("oordeel", "BEHAALD").param("toelichting", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Schrijf in een zin wat er is gebeurd.")));
		mvc.perform(post(link + "/" + made.step()).with(csrf()).param("oordeel", "NIET_BEOORDEELD").param("toelichting", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alleen het secretariaat kan een stap als niet beoordeeld markeren.")));
		mvc.perform(post(link + "/" + made.step()).with(csrf()).param("oordeel", "BEHAALD")
				.param("toelichting", "De folder ligt bij twaalf huisartsen"))
			.andExpect(status().is3xxRedirection());
		agenda = store.find(made.id()).orElseThrow();
		assertThat(agenda.step(made.step()).orElseThrow().verdict()).isEqualTo(Verdict.BEHAALD);
		assertThat(agenda.step(otherStep).orElseThrow().verdict()).isNull();
		mvc.perform(get(URI.create(agenda.href())))
			.andExpect(content().string(containsString("De folder ligt bij twaalf huisartsen")));
	}

	@Test
	void theDecemberReminderGoesOncePerPartyWithAnOpenStep() {
		int year = YEAR - 2;
		var made = fixtures.agenda(year);
		store.adopt(made.id());
		AgendaView agenda = store.find(made.id()).orElseThrow();
		String owner = agenda.party(made.memberParty()).orElseThrow().contactEmail();
		String withoutSteps = agenda.party(made.otherParty()).orElseThrow().contactEmail();
		assertThat(links.remind(LocalDate.of(year, 11, 30), 500)).as("not before December").isZero();
		links.remind(LocalDate.of(year, 12, 1), 500);
		links.remind(LocalDate.of(year, 12, 2), 500);
		links.remind(LocalDate.of(year, 12, 24), 500);
		assertThat(queued(owner, "agenda-reminder")).isEqualTo(1);
		assertThat(queued(withoutSteps, "agenda-reminder")).as("a party without open steps").isZero();
		assertThat(linkIn(mailsTo(owner, 1).get(0))).isNotBlank();
	}

	@Test
	void carryingOnTwiceDuplicatesNothingAndKeepsTheHistory() throws Exception {
		int year = YEAR - 3;
		var made = fixtures.agenda(year);
		long notReached = store.addStep(made.id(), new AgendaStore.StepDetails(made.otherParty(), null,
				"Huurachterstanden eerder melden", LocalDate.of(year, 2, 28), "Afspraak met de gemeente", null));
		store.addActivity(made.id(), made.memberParty(), "Kledingbank", "Gezinnen", "Kerkstraat 1");
		store.adopt(made.id());
		store.judge(made.id(), made.step(), Verdict.BEHAALD, "Gelukt", false);
		store.judge(made.id(), notReached, Verdict.NIET_BEHAALD, "Geen afspraak gekregen", false);
		store.close(made.id());

		var first = carryOn.run(made.id());
		var second = carryOn.run(made.id());
		assertThat(second.agendaId()).isEqualTo(first.agendaId());
		assertThat(second.asked()).as("nobody is asked twice").isEmpty();

		AgendaView next = store.find(first.agendaId()).orElseThrow();
		assertThat(next.year()).isEqualTo(year + 1);
		assertThat(next.carriedFrom()).isEqualTo(made.id());
		assertThat(next.ambition()).isEqualTo("Armoedevrij in 2030");
		assertThat(next.parties()).hasSize(2);
		assertThat(next.activities()).extracting(AgendaView.Activity::what).containsExactly("Kledingbank");
		assertThat(next.steps()).singleElement().satisfies(step -> {
			assertThat(step.what()).isEqualTo("Huurachterstanden eerder melden");
			assertThat(step.carriedFrom()).isEqualTo(notReached);
			assertThat(step.carriedFromYear()).isEqualTo(year);
			assertThat(step.due()).isEqualTo(LocalDate.of(year + 1, 2, 28));
			assertThat(step.verdict()).isNull();
		});
		assertThat(store.find(made.id()).orElseThrow().step(notReached).orElseThrow().nextYear())
			.as("the old step shows where it went on").isEqualTo(year + 1);

		String owner = next.party(next.parties().stream().filter(p -> p.organisationId() != null).findFirst().orElseThrow().id())
			.orElseThrow().contactEmail();
		assertThat(queued(owner, "agenda-follow-up")).isEqualTo(1);
		String link = linkIn(mailsTo(owner, 1).get(0));
		mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wat is uw volgende stap?")));
		mvc.perform(post(link + "/vervolg/" + made.step()).with(csrf()).param("stap", "Folder ook bij de apotheek")
				.param("datum", (year + 2) + "-01-01").param("maatstaf", "Folder ligt bij vijf apotheken"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("De datum moet in het jaar van de agenda vallen."),
					containsString("Folder ook bij de apotheek"))));
		mvc.perform(post(link + "/vervolg/" + made.step()).with(csrf()).param("stap", "Folder ook bij de apotheek")
				.param("datum", (year + 1) + "-05-01").param("maatstaf", "Folder ligt bij vijf apotheken"))
			.andExpect(status().is3xxRedirection());
		next = store.find(first.agendaId()).orElseThrow();
		assertThat(next.steps()).hasSize(2).anySatisfy(step -> {
			assertThat(step.follows()).isEqualTo(made.step());
			assertThat(step.followsYear()).isEqualTo(year);
		});
		mvc.perform(get(URI.create(next.href())))
			.andExpect(content().string(allOf(containsString("Niet behaald in " + year + ", doorgezet"),
					containsString("Vervolg op een stap die in " + year + " behaald is"))));
	}
}
