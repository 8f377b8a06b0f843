package nl.alliantie.newsletter;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.network.people.People;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, item 9: the copy reminder goes to each correspondent in the language the register
 * keeps for them (English for an English reader, with the date in English), Dutch otherwise.
 */
@AlliantieTest
class CopyReminderLanguageTest {

	@Autowired
	TestLogins logins;

	@Autowired
	NewsletterFixtures fixtures;

	@Autowired
	People people;

	@Autowired
	MailCatcher mails;

	/** The reminder about our issue, once it arrived (other tests' issues may be reminded too). */
	MailCatcher.CaughtMail about(String to, String theme) {
		return org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> mails.to(to).stream().filter(mail -> mail.subject().contains(theme)).findFirst(),
					java.util.Optional::isPresent)
			.orElseThrow();
	}

	@Test
	void eachCorrespondentIsRemindedInTheirLanguage() {
		String english = logins.account(new Grant(Role.CORRESPONDENT, "Friesland"));
		String dutch = logins.account(new Grant(Role.CORRESPONDENT, "Zeeland"));
		people.setLanguage(people.findOrCreate("Ann Smith", english, null, "test"), "en", "test");
		people.setLanguage(people.findOrCreate("Joke Visser", dutch, null, "test"), "nl", "test");
		String theme = "Thema " + UUID.randomUUID().toString().substring(0, 8);
		var deadline = fixtures.today().plusDays(4);
		fixtures.issueWithDeadline(theme, deadline);
		fixtures.remind();

		var toEnglish = about(english, theme);
		assertThat(toEnglish.subject()).startsWith("Copy for newsletter");
		assertThat(toEnglish.text())
			.contains(nl.alliantie.shared.time.WrittenDates.date(deadline, java.util.Locale.ENGLISH))
			.doesNotContain("Goedendag");
		var toDutch = about(dutch, theme);
		assertThat(toDutch.subject()).startsWith("Kopij voor nieuwsbrief");
	}
}
