package nl.alliantie.signals;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.signals.handling.Themes;

import static nl.alliantie.signals.SignalFixtures.fromNewAddress;
import static nl.alliantie.signals.SignalFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20, item 9: a signal reported on the English pages keeps that language (the mail to its
 * reporter is English, the secretariat sees it), one on the Dutch pages Dutch; themes have an
 * English name on the English pages, in the CSV and the feed asked for in English.
 */
@AlliantieTest
class ReporterLanguageTest {

	static final Cookie ENGLISH = new Cookie("alliantie-taal", "en");

	static final Cookie DUTCH = new Cookie("alliantie-taal", "nl");

	@Autowired
	MockMvc mvc;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	MailCatcher mails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestLogins logins;

	@Autowired
	Themes themes;

	String language(String title) {
		return jdbc.sql("select language from signals_signal where title = :title").param("title", title)
			.query(String.class).single();
	}

	long id(String title) {
		return jdbc.sql("select id from signals_signal where title = :title").param("title", title)
			.query(Long.class).single();
	}

	@Test
	void theReporterIsMailedInTheLanguageOfThePagesAndTheSecretariatSeesIt() throws Exception {
		String englishTitle = unique("Reported in English");
		String english = unique("reporter-en") + "@test.alliantie.local";
		mvc.perform(fixtures.report(englishTitle, "Families come every week.", "email", english).cookie(ENGLISH)
				.with(fromNewAddress()))
			.andExpect(status().is3xxRedirection());
		String dutchTitle = unique("In het Nederlands gemeld");
		String dutch = unique("melder-nl") + "@test.alliantie.local";
		mvc.perform(fixtures.report(dutchTitle, "Er komen elke week gezinnen bij.", "email", dutch).cookie(DUTCH)
				.with(fromNewAddress()))
			.andExpect(status().is3xxRedirection());

		assertThat(language(englishTitle)).isEqualTo("en");
		assertThat(language(dutchTitle)).isEqualTo("nl");
		var inEnglish = Mailboxes.waitFor(mails, english, 1).get(0);
		assertThat(inEnglish.subject()).isEqualTo("Your signal has been received");
		assertThat(inEnglish.text()).startsWith("Thank you for your signal").doesNotContain("Bedankt");
		var inDutch = Mailboxes.waitFor(mails, dutch, 1).get(0);
		assertThat(inDutch.subject()).isEqualTo("Uw signaal is ontvangen");
		assertThat(inDutch.text()).startsWith("Bedankt voor uw signaal");

		// the secretariat, on its Dutch pages, sees in which language to write back
		mvc.perform(get("/beheer/signalen/" + id(englishTitle)).with(logins.secretariat()).cookie(DUTCH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(english + " · mail in het Engels")));
		mvc.perform(get("/beheer/signalen/" + id(dutchTitle)).with(logins.secretariat()).cookie(DUTCH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(dutch + " · mail in het Nederlands")));
	}

	@Test
	void themesHaveTheirEnglishNameOnEnglishPagesInTheCsvAndTheFeed() throws Exception {
		String title = unique("Foodbank queue");
		long id = fixtures.published(title, "The queue at the food bank grows.", "Zwolle", "voedselbank");

		mvc.perform(get("/signalen").param("q", title).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">Food bank</option>")))
			.andExpect(content().string(containsString(">Special assistance</option>")))
			.andExpect(content().string(not(containsString(">Voedselbank</option>"))));
		mvc.perform(get("/signalen").cookie(DUTCH))
			.andExpect(content().string(containsString(">Voedselbank</option>")));
		mvc.perform(get("/signalen/" + id).cookie(ENGLISH))
			.andExpect(content().string(containsString(">Food bank</span>")));
		mvc.perform(get("/signalen/" + id).cookie(DUTCH))
			.andExpect(content().string(containsString(">Voedselbank</span>")));
		mvc.perform(get("/signalen/melden").cookie(ENGLISH))
			.andExpect(content().string(containsString("Housing and energy</label>")));
		mvc.perform(get("/signalen/cijfers").cookie(ENGLISH))
			.andExpect(content().string(containsString("Care and mental health")));
		mvc.perform(get("/signalen.csv").param("thema", "voedselbank").cookie(ENGLISH))
			.andExpect(content().string(containsString("Food bank")));
		mvc.perform(get("/signalen.csv").param("thema", "voedselbank").cookie(DUTCH))
			.andExpect(content().string(containsString("Voedselbank")))
			.andExpect(content().string(not(containsString("Food bank"))));
		mvc.perform(get("/signalen.atom").param("thema", "voedselbank").cookie(ENGLISH))
			.andExpect(content().string(containsString("label=\"Food bank\"")));
	}

	@Test
	void theSecretariatGivesATheEnglishNameBesideTheDutchOne() throws Exception {
		String name = unique("Vervoer");
		mvc.perform(post("/beheer/signalen/themas").param("naam", name).param("engels", "Transport " + name)
				.with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Themes.Theme added = themes.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
		assertThat(added.nameEn()).isEqualTo("Transport " + name);
		mvc.perform(get("/signalen/melden").cookie(ENGLISH))
			.andExpect(content().string(containsString("Transport " + name)));

		// a name too long is refused beside its own field, and what was typed stays
		String tooLong = "x".repeat(Themes.MAX_NAME + 1);
		mvc.perform(post("/beheer/signalen/themas/" + added.key() + "/naam").param("naam-" + added.key(), name)
				.param("engels-" + added.key(), tooLong).with(logins.secretariat()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"engels-" + added.key() + "-error\"")))
			.andExpect(content().string(containsString(tooLong)));

		// emptied, the Dutch name shows on the English pages too
		mvc.perform(post("/beheer/signalen/themas/" + added.key() + "/naam").param("naam-" + added.key(), name)
				.param("engels-" + added.key(), " ").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(themes.names(java.util.Locale.ENGLISH)).containsEntry(added.key(), name);
		mvc.perform(post("/beheer/signalen/themas/" + added.key() + "/verwijderen").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}
}
