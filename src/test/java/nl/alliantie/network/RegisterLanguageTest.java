package nl.alliantie.network;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.network.calls.Calls;
import nl.alliantie.network.organisations.DirectoryFilter;
import nl.alliantie.network.organisations.OrganisationStatus;
import nl.alliantie.network.organisations.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20, item 9: a person of the register keeps the language they read mail in. It comes from
 * the pages of a reply to the call to join, the secretariat and the person themselves change it,
 * and mail the secretariat causes later (a call, an account invitation) is written in it. Kinds of
 * organisation have an English name on the English pages and in the CSV asked for in English.
 */
@AlliantieTest
class RegisterLanguageTest {

	static final Cookie ENGLISH = new Cookie("alliantie-taal", "en");

	static final Cookie DUTCH = new Cookie("alliantie-taal", "nl");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	NetworkFixtures fixtures;

	@Autowired
	MailCatcher mails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Calls calls;

	@Autowired
	Organisations organisations;

	@Autowired
	Network network;

	String language(String email) {
		return jdbc.sql("select language from network_person where lower(email) = lower(:email)").param("email", email)
			.query(String.class).single();
	}

	long personId(String email) {
		return jdbc.sql("select id from network_person where lower(email) = lower(:email)").param("email", email)
			.query(Long.class).single();
	}

	void inviteAsEditor(String name, String email) throws Exception {
		// the secretariat works on its Dutch pages
		mvc.perform(post("/beheer/accounts/uitnodigen").param("naam", name).param("email", email).param("rol", "REDACTIE")
			.cookie(DUTCH).with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aReplyOnTheEnglishPagesMakesThePeopleItNamesEnglishAndLaterMailFollowsIt() throws Exception {
		String type = fixtures.uniqueType();
		String english = NetworkFixtures.unique("group-en") + "@test.alliantie.local";
		String dutch = NetworkFixtures.unique("groep-nl") + "@test.alliantie.local";
		fixtures.organisation("Zwolle", type, english, OrganisationStatus.AANGESLOTEN);
		fixtures.organisation("Zwolle", type, dutch, OrganisationStatus.AANGESLOTEN);
		long callId = calls.create("Doet u mee?", "Tekst", LocalDate.now().plusDays(5),
				new DirectoryFilter(null, null, null, type, null, null), true, List.of(), "test");
		calls.send(callId);
		String englishLink = CallToJoinTest.linkIn(Mailboxes.waitFor(mails, english, 1).get(0).text());
		String dutchLink = CallToJoinTest.linkIn(Mailboxes.waitFor(mails, dutch, 1).get(0).text());
		String ann = NetworkFixtures.unique("ann") + "@test.alliantie.local";
		String joke = NetworkFixtures.unique("joke") + "@test.alliantie.local";
		mvc.perform(post(englishLink).param("antwoord", "JA").param("naam1", "Ann Smith").param("email1", ann)
			.cookie(ENGLISH).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(dutchLink).param("antwoord", "JA").param("naam1", "Joke Visser").param("email1", joke)
			.cookie(DUTCH).with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(language(ann)).isEqualTo("en");
		assertThat(language(joke)).isEqualTo("nl");
		assertThat(network.languageOf(ann.toUpperCase())).contains(java.util.Locale.ENGLISH);

		// weeks later the secretariat, on Dutch pages, makes each an editor: the mail follows the register
		inviteAsEditor("Ann Smith", ann);
		inviteAsEditor("Joke Visser", joke);
		// each got the invitation of the reply (named as representative) and now the secretariat's
		var toAnn = Mailboxes.waitFor(mails, ann, 2);
		assertThat(toAnn).anySatisfy(mail -> assertThat(mail.subject()).startsWith("Invitation to"));
		assertThat(toAnn).noneSatisfy(mail -> assertThat(mail.subject()).startsWith("Uitnodiging"));
		var toJoke = Mailboxes.waitFor(mails, joke, 2);
		assertThat(toJoke).allSatisfy(mail -> assertThat(mail.subject()).startsWith("Uitnodiging voor"));

		// a later reply in Dutch does not overwrite a language the register already has
		mvc.perform(post(englishLink).param("antwoord", "JA").param("naam1", "Ann Smith").param("email1", ann)
			.cookie(DUTCH).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(language(ann)).isEqualTo("en");
	}

	@Test
	void theSecretariatSetsTheLanguageAndTheCallIsFramedInIt() throws Exception {
		String type = fixtures.uniqueType();
		String address = NetworkFixtures.unique("contact") + "@test.alliantie.local";
		OrganisationId organisation = fixtures.organisation("Deventer", type, address, OrganisationStatus.AANGESLOTEN);
		organisations.appoint(organisation, "Sam Jones", address, "test");
		String page = "/beheer/personen/" + personId(address);
		mvc.perform(get(page).with(logins.secretariat()).cookie(DUTCH)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Niet bekend (mail gaat in het Nederlands)")));
		mvc.perform(post(page + "/taal").param("taal", "xx").with(logins.secretariat()).with(csrf()))
			.andExpect(redirectedUrl(page));
		assertThat(jdbc.sql("select language from network_person where id = :id").param("id", personId(address))
			.query(String.class).optional()).isEmpty();
		mvc.perform(post(page + "/taal").param("taal", "en").with(logins.secretariat()).with(csrf()))
			.andExpect(redirectedUrl(page));
		assertThat(language(address)).isEqualTo("en");
		mvc.perform(get(page).with(logins.secretariat()).cookie(DUTCH))
			.andExpect(content().string(containsString("<dd>Engels</dd>")));

		LocalDate replyBy = LocalDate.now().plusDays(6);
		long callId = calls.create("Doet u mee?", "Wij zoeken organisaties.", replyBy,
				new DirectoryFilter(null, null, null, type, null, null), true, List.of(), "test");
		calls.send(callId);
		String text = Mailboxes.waitFor(mails, address, 1).stream()
			.filter(mail -> mail.text().contains("/oproep/")).findFirst().orElseThrow().text();
		assertThat(text).startsWith("Dear ").contains("Give your answer here")
			.contains(nl.alliantie.shared.time.WrittenDates.date(replyBy, java.util.Locale.ENGLISH))
			.doesNotContain("Beste");
	}

	@Test
	void thePersonChoosesTheirLanguageOnTheirOwnDataPage() throws Exception {
		OrganisationId organisation = fixtures.organisation("Groningen");
		String email = NetworkFixtures.unique("zelf") + "@test.alliantie.local";
		organisations.appoint(organisation, "Mila de Wit", email, "test");
		mvc.perform(post("/mijn-gegevens").param("email", email).with(csrf())).andExpect(redirectedUrl("/mijn-gegevens"));
		Matcher link = Pattern.compile("/mijn-gegevens/[A-Za-z0-9_-]{43}")
			.matcher(Mailboxes.waitFor(mails, email, 1).stream().filter(m -> m.text().contains("/mijn-gegevens/"))
				.findFirst().orElseThrow().text());
		assertThat(link.find()).isTrue();
		mvc.perform(get(link.group()).cookie(DUTCH)).andExpect(status().isOk())
			.andExpect(content().string(containsString("In welke taal wilt u onze mail krijgen?")));
		mvc.perform(post(link.group() + "/taal").param("taal", "en").with(csrf())).andExpect(redirectedUrl(link.group()));
		assertThat(language(email)).isEqualTo("en");
		mvc.perform(get(link.group() + "/gegevens.json")).andExpect(status().isOk())
			.andExpect(content().string(containsString("\"language\":\"en\"")));
		mvc.perform(post(link.group() + "/taal").param("taal", "nl").with(csrf())).andExpect(redirectedUrl(link.group()));
		assertThat(language(email)).isEqualTo("nl");
		assertThat(jdbc.sql("select count(*) from network_audit where person_id = :id and field = 'taal'")
			.param("id", personId(email)).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void kindsOfOrganisationHaveTheirEnglishName() throws Exception {
		OrganisationId foodBank = fixtures.organisation("Tilburg", "voedselbank",
				NetworkFixtures.unique("vb") + "@test.alliantie.local", OrganisationStatus.AANGESLOTEN);
		String name = jdbc.sql("select name from network_organisation where id = :id").param("id", foodBank.value())
			.query(String.class).single();
		mvc.perform(get("/organisaties").param("naam", name).cookie(ENGLISH)).andExpect(status().isOk())
			.andExpect(content().string(containsString(">Food bank</option>")))
			.andExpect(content().string(containsString("<td>Food bank</td>")))
			.andExpect(content().string(not(containsString(">Voedselbank</option>"))));
		mvc.perform(get("/organisaties").param("naam", name).cookie(DUTCH))
			.andExpect(content().string(containsString(">Voedselbank</option>")));
		mvc.perform(get("/organisaties/" + foodBank.value()).cookie(ENGLISH))
			.andExpect(content().string(containsString("Food bank · ")));
		mvc.perform(get("/organisaties.csv").param("naam", name).cookie(ENGLISH))
			.andExpect(content().string(containsString("Food bank")));
		mvc.perform(get("/organisaties.csv").param("naam", name).cookie(DUTCH))
			.andExpect(content().string(containsString("Voedselbank")))
			.andExpect(content().string(not(containsString("Food bank"))));

		// a kind the secretariat added gets its English name beside the Dutch one
		String type = fixtures.uniqueType();
		mvc.perform(post("/beheer/typen/" + type + "/engels").param("naam", "x".repeat(61))
				.with(logins.secretariat()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"type-en-" + type + "-error\"")))
			.andExpect(content().string(containsString("x".repeat(61))));
		mvc.perform(post("/beheer/typen/" + type + "/engels").param("naam", "Test kind " + type)
				.with(logins.secretariat()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/regios"));
		mvc.perform(get("/organisaties").cookie(ENGLISH))
			.andExpect(content().string(containsString(">Test kind " + type + "</option>")));
		mvc.perform(post("/beheer/typen/geen-soort/engels").param("naam", "X").with(logins.secretariat()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/regios"));
	}
}
