package nl.alliantie.conferences;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.conferences.registrations.DayChanges;
import nl.alliantie.mail.catcher.MailCatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20, item 9: someone who registers on the English pages gets every mail about the
 * registration in English (the confirmation, and later a change of the day), with the date written
 * in English; on the Dutch pages in Dutch. The language is stored with the registration, so a mail
 * sent later by the secretariat's action is still in the person's language. Through the in-process
 * SMTP server (GreenMail).
 */
@AlliantieTest
class RegistrationLanguageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	MailCatcher mails;

	@Autowired
	DayChanges dayChanges;

	@Autowired
	JdbcClient jdbc;

	void register(ConferenceFixtures.Fixture fixture, String email, String language) throws Exception {
		mvc.perform(post(fixture.editionPath() + "/aanmelden").with(csrf()).with(ConferenceFixtures.ownNetwork())
				.cookie(new Cookie("alliantie-taal", language))
				.param("dag", String.valueOf(fixture.dayId()))
				.param("naam", "Deelnemer " + language)
				.param("email", email)
				.param("werkgroep1", String.valueOf(fixture.workshops().get(0)))
				.param("toestemming", "true"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void theMailsAreInTheLanguageOfThePagesThePersonRegisteredOn() throws Exception {
		LocalDate day = LocalDate.of(2031, 10, 4);
		var fixture = fixtures.edition(day, 40, 20, null);
		String english = "en-" + UUID.randomUUID().toString().substring(0, 8) + "@test.alliantie.local";
		String dutch = "nl-" + UUID.randomUUID().toString().substring(0, 8) + "@test.alliantie.local";

		register(fixture, english, "en");
		register(fixture, dutch, "nl");

		var inEnglish = ConferenceFixtures.mailAbout(mails, english, "You are registered");
		assertThat(inEnglish.text()).startsWith("Dear Deelnemer en").contains("Saturday 4 October 2031")
			.doesNotContain("Beste").doesNotContain("zaterdag");
		var inDutch = ConferenceFixtures.mailAbout(mails, dutch, "U bent aangemeld");
		assertThat(inDutch.text()).startsWith("Beste Deelnemer nl").contains("zaterdag 4 oktober 2031");
		assertThat(jdbc.sql("select language from conferences_registration where lower(email) = :e").param("e", english)
			.query(String.class).single()).isEqualTo("en");

		// a mail the secretariat's action sends later goes in the stored language too
		assertThat(dayChanges.cancel(fixture.dayId(), "")).isPositive();
		assertThat(ConferenceFixtures.mailAbout(mails, english, "does not go ahead").text()).startsWith("Dear ")
			.contains("Saturday 4 October 2031");
		assertThat(ConferenceFixtures.mailAbout(mails, dutch, "gaat niet door").text()).startsWith("Beste ")
			.contains("zaterdag 4 oktober 2031");
	}
}
