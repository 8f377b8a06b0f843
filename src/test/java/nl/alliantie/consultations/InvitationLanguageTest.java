package nl.alliantie.consultations;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.consultations.invitations.Invitations;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.network.people.People;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20, item 9: mail about a regional consultation is written in the reader's language: the
 * one the register keeps for the address, else that of the page the invitation was answered on
 * (kept with the invitation), else Dutch; also the cancellation the coordinator causes later.
 */
@AlliantieTest
class InvitationLanguageTest {

	static final Pattern LINK = Pattern.compile("/uitnodiging/[A-Za-z0-9_-]{43}");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	ConsultationFixtures fixtures;

	@Autowired
	Invitations invitations;

	@Autowired
	People people;

	@Autowired
	MailCatcher mails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	nl.alliantie.consultations.minutes.Minutes minutes;

	long invitationOf(long consultation, String email) {
		return jdbc.sql("select id from consultations_invitation where consultation_id = :c and email = :e")
			.param("c", consultation).param("e", email).query(Long.class).single();
	}

	@Test
	void eachMailGoesInTheLanguageOfItsReader() throws Exception {
		long id = fixtures.planned("noord", Duration.ofDays(30));
		String registeredEnglish = ConsultationFixtures.unique("reg-en");
		String registeredDutch = ConsultationFixtures.unique("reg-nl");
		String repliesInEnglish = ConsultationFixtures.unique("reply-en");
		people.findOrCreate("Ann Smith", registeredEnglish, null, "test", Locale.ENGLISH);
		people.findOrCreate("Joke Visser", registeredDutch, null, "test", Locale.of("nl"));
		for (String address : List.of(registeredEnglish, registeredDutch, repliesInEnglish)) {
			invitations.invitePerson(id, "Gast", address);
		}

		var toEnglish = Mailboxes.waitFor(mails, registeredEnglish, 1).get(0);
		assertThat(toEnglish.subject()).startsWith("Invitation regional meeting Noord");
		assertThat(toEnglish.text()).startsWith("Dear Gast").doesNotContain("Beste").doesNotContain("{");
		assertThat(Mailboxes.waitFor(mails, registeredDutch, 1).get(0).subject()).startsWith("Uitnodiging regio-overleg Noord");
		var unknown = Mailboxes.waitFor(mails, repliesInEnglish, 1).get(0);
		assertThat(unknown.subject()).as("not in the register: Dutch").startsWith("Uitnodiging regio-overleg");

		// the unknown guest answers on the English pages: the confirmation and later mail are English
		Matcher link = LINK.matcher(unknown.text());
		assertThat(link.find()).isTrue();
		mvc.perform(post(link.group()).param("antwoord", "JA").param("naam1", "Sam Jones").param("email1", repliesInEnglish)
			.cookie(new Cookie("alliantie-taal", "en")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select language from consultations_invitation where consultation_id = :c and email = :e")
			.param("c", id).param("e", repliesInEnglish).query(String.class).single()).isEqualTo("en");
		assertThat(Mailboxes.waitFor(mails, repliesInEnglish, 2).get(1).subject())
			.startsWith("Confirmation: your reply for the regional meeting");

		// the coordinator, on Dutch pages, cancels: each reader in their own language
		mvc.perform(post("/beheer/regio-overleggen/" + id + "/annuleren").with(logins.coordinator("noord"))
			.cookie(new Cookie("alliantie-taal", "nl")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(Mailboxes.waitFor(mails, registeredEnglish, 2).get(1).subject()).startsWith("Cancelled: regional meeting Noord");
		assertThat(Mailboxes.waitFor(mails, repliesInEnglish, 3).get(2).subject()).startsWith("Cancelled: regional meeting Noord");
		var toDutch = Mailboxes.waitFor(mails, registeredDutch, 2).get(1);
		assertThat(toDutch.subject()).startsWith("Afgezegd: regio-overleg Noord");
		assertThat(toDutch.text()).startsWith("Beste Gast");
	}

	@Test
	void theMinutesGoToEachParticipantInTheirLanguage() {
		long id = fixtures.planned("oost", Duration.ofDays(20));
		String english = ConsultationFixtures.unique("minutes-en");
		String dutch = ConsultationFixtures.unique("verslag-nl");
		for (String address : List.of(english, dutch)) {
			invitations.invitePerson(id, "Gast", address);
		}
		invitations.answer(invitationOf(id, english), new nl.alliantie.consultations.invitations.Invitation.Reply(
				nl.alliantie.consultations.invitations.Answer.YES, "Sam Jones", english, null, null, null), "/x",
				Locale.ENGLISH);
		invitations.answer(invitationOf(id, dutch), new nl.alliantie.consultations.invitations.Invitation.Reply(
				nl.alliantie.consultations.invitations.Answer.YES, "Joke Visser", dutch, null, null, null), "/x",
				Locale.of("nl"));
		// the invitation and the confirmation delivered first: the outbox sends on several threads, so
		// mail queued close together may arrive in either order, and the minutes must be the third
		Mailboxes.waitFor(mails, english, 2);
		Mailboxes.waitFor(mails, dutch, 2);
		assertThat(minutes.publish(id)).isEqualTo(2);
		var toEnglish = Mailboxes.waitFor(mails, english, 3).get(2);
		assertThat(toEnglish.subject()).startsWith("Minutes regional meeting Oost");
		assertThat(toEnglish.text()).startsWith("Dear Sam Jones");
		assertThat(Mailboxes.waitFor(mails, dutch, 3).get(2).subject()).startsWith("Verslag regio-overleg Oost");
	}
}
