package nl.alliantie.accounts;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.mail.catcher.MailCatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Password reset and invitation both work through a mailed one-time link, read from real SMTP. */
@AlliantieTest
class PasswordAndInvitationTest {

	static final Pattern LINK = Pattern.compile("http://localhost(/wachtwoord/[A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	MailCatcher mail;

	@Test
	void aForgottenPasswordIsResetThroughTheMailedLinkOnce() throws Exception {
		String email = logins.account(Grant.of(Role.REDACTIE));
		mvc.perform(post("/wachtwoord-vergeten").with(csrf()).param("email", email))
			.andExpect(redirectedUrl("/wachtwoord-vergeten?verstuurd"));
		String link = linkIn(email);

		mvc.perform(get(link)).andExpect(status().isOk()).andExpect(content().string(containsString("Kies een nieuw wachtwoord")));
		mvc.perform(post(link).with(csrf()).param("wachtwoord", "kort").param("herhaling", "kort"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Het wachtwoord moet minstens 10 en hoogstens 128 tekens hebben.")))
			.andExpect(content().string(containsString("id=\"wachtwoord-error\"")));
		mvc.perform(post(link).with(csrf()).param("wachtwoord", "een lange zin als wachtwoord").param("herhaling", "iets anders"))
			.andExpect(content().string(containsString("De twee wachtwoorden zijn niet gelijk.")))
			.andExpect(content().string(containsString("id=\"herhaling-error\"")));
		mvc.perform(post(link).with(csrf()).param("wachtwoord", "een lange zin als wachtwoord")
				.param("herhaling", "een lange zin als wachtwoord"))
			.andExpect(redirectedUrl("/inloggen?wachtwoord-ingesteld"));

		mvc.perform(post("/inloggen").with(csrf()).param("email", email).param("wachtwoord", "een lange zin als wachtwoord"))
			.andExpect(redirectedUrl("/beheer"));
		mvc.perform(get(link)).andExpect(content().string(containsString("Deze link werkt niet meer")));
		mvc.perform(post(link).with(csrf()).param("wachtwoord", "nog een ander wachtwoord").param("herhaling", "nog een ander wachtwoord"))
			.andExpect(content().string(containsString("Deze link werkt niet meer")));
	}

	@Test
	void aPasswordLinkEndsTheWaitThatGuessesOfOthersCaused() throws Exception {
		String email = logins.account(Grant.of(Role.SECRETARIAAT));
		for (int i = 0; i < 6; i++) {
			mvc.perform(post("/inloggen").with(csrf()).with(LoginTest.from(LoginTest.newAddress()))
				.param("email", email).param("wachtwoord", "geraden-" + i));
		}
		String address = LoginTest.newAddress();
		mvc.perform(post("/wachtwoord-vergeten").with(csrf()).param("email", email));
		var set = mvc.perform(post(linkIn(email)).with(csrf()).with(LoginTest.from(address))
				.param("wachtwoord", "een nieuw lang wachtwoord").param("herhaling", "een nieuw lang wachtwoord"))
			.andExpect(redirectedUrl("/inloggen?wachtwoord-ingesteld"))
			.andReturn();
		var device = set.getResponse().getCookie("alliantie-apparaat");
		assertThat(device).isNotNull();
		// from the browser that used the link, and from any other one: the guesses no longer slow anyone down
		mvc.perform(post("/inloggen").with(csrf()).with(LoginTest.from(address)).cookie(device)
				.param("email", email).param("wachtwoord", "een nieuw lang wachtwoord"))
			.andExpect(redirectedUrl("/beheer"));
		mvc.perform(post("/inloggen").with(csrf()).with(LoginTest.from(LoginTest.newAddress()))
				.param("email", email).param("wachtwoord", "een nieuw lang wachtwoord"))
			.andExpect(redirectedUrl("/beheer"));
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		String email = "onbekend-" + UUID.randomUUID() + "@example.org";
		mvc.perform(post("/wachtwoord-vergeten").with(csrf()).param("email", email))
			.andExpect(redirectedUrl("/wachtwoord-vergeten?verstuurd"));
		Thread.sleep(300);
		assertThat(mail.to(email)).isEmpty();
		mvc.perform(post("/wachtwoord-vergeten").with(csrf()).param("email", "geen adres"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een geldig e-mailadres in")))
			.andExpect(content().string(containsString("value=\"geen adres\"")));
	}

	@Test
	void aMadeUpLinkDoesNothing() throws Exception {
		mvc.perform(get("/wachtwoord/" + "A".repeat(43))).andExpect(content().string(containsString("Deze link werkt niet meer")));
		mvc.perform(get("/wachtwoord/kort")).andExpect(content().string(containsString("Deze link werkt niet meer")));
	}

	@Test
	void theSecretariatInvitesSomeoneWhoSetsAPasswordAndHasTheRole() throws Exception {
		String email = "nieuw-" + UUID.randomUUID() + "@example.org";
		mvc.perform(post("/beheer/accounts/uitnodigen").with(logins.secretariat()).with(csrf())
				.param("naam", "Nieuwe Coördinator").param("email", email).param("rol", "REGIOCOORDINATOR").param("bereik", "oost"))
			.andExpect(redirectedUrl("/beheer/accounts"));
		String link = linkIn(email);
		assertThat(mail.to(email).get(0).text()).contains("Nieuwe Coördinator").contains("Regiocoördinator");
		mvc.perform(get(link)).andExpect(content().string(containsString("Welkom! Kies een wachtwoord")));
		mvc.perform(post(link).with(csrf()).param("wachtwoord", "oost is de beste regio").param("herhaling", "oost is de beste regio"))
			.andExpect(redirectedUrl("/inloggen?wachtwoord-ingesteld"));
		var session = mvc
			.perform(post("/inloggen").with(csrf()).param("email", email).param("wachtwoord", "oost is de beste regio"))
			.andExpect(redirectedUrl("/beheer"))
			.andReturn().getResponse().getCookie("alliantie-sessie");
		mvc.perform(get("/beheer/probe/regio/oost").cookie(session)).andExpect(status().isOk());
		mvc.perform(get("/beheer/probe/regio/west").cookie(session)).andExpect(status().isForbidden());
	}

	@Test
	void anInvitationWithMistakesSaysWhatIsWrongAndKeepsTheInput() throws Exception {
		mvc.perform(post("/beheer/accounts/uitnodigen").with(logins.secretariat()).with(csrf())
				.param("naam", "").param("email", "niet-goed").param("rol", "VERTEGENWOORDIGER").param("bereik", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een naam in.")))
			.andExpect(content().string(containsString("Vul een geldig e-mailadres in")))
			.andExpect(content().string(containsString("Vul in voor welke regio, organisatie of provincie deze rol geldt.")))
			.andExpect(content().string(containsString("value=\"niet-goed\"")))
			.andExpect(content().string(containsString("value=\"VERTEGENWOORDIGER\" selected")));
		mvc.perform(post("/beheer/accounts/uitnodigen").with(logins.secretariat()).with(csrf())
				.param("naam", "Iemand").param("email", "iemand@example.org"))
			.andExpect(content().string(containsString("Kies een rol.")))
			.andExpect(content().string(not(containsString("Uitnodiging verstuurd"))));
	}

	private String linkIn(String email) {
		List<MailCatcher.CaughtMail> mails = await().atMost(java.time.Duration.ofSeconds(10))
			.until(() -> mail.to(email), found -> !found.isEmpty());
		Matcher matcher = LINK.matcher(mails.get(mails.size() - 1).text());
		assertThat(matcher.find()).as("link in mail to %s", email).isTrue();
		return matcher.group(1);
	}
}
