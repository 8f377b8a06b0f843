package nl.alliantie.accounts;

import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;

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
 * Logging in, and the throttle that slows guessing without locking anyone out (docs/adr/0015).
 * Every test comes from its own network address, so that the count per address of one test does
 * not slow another.
 */
@AlliantieTest
class LoginTest {

	static final String SESSION = "alliantie-sessie";

	static final String DEVICE = "alliantie-apparaat";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Test
	void theRightPasswordLogsInAndLeadsToTheStartPage() throws Exception {
		String email = logins.account(Grant.of(Role.SECRETARIAAT));
		MvcResult login = attempt(newAddress(), email.toUpperCase(), TestLogins.PASSWORD)
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/beheer"))
			.andReturn();
		Cookie session = login.getResponse().getCookie(SESSION);
		mvc.perform(get("/beheer").cookie(session)).andExpect(status().isOk()).andExpect(content().string(containsString("Uitloggen")));
		// the browser is known from now on, for the login pages only
		Cookie device = login.getResponse().getCookie(DEVICE);
		assertThat(device).isNotNull();
		assertThat(device.getPath()).isEqualTo("/inloggen");
		assertThat(device.isHttpOnly()).isTrue();
	}

	@Test
	void aWrongPasswordSaysSoNextToTheFieldAndKeepsTheAddress() throws Exception {
		String email = logins.account(Grant.of(Role.REDACTIE));
		MvcResult wrong = attempt(newAddress(), email, "fout-fout-fout").andExpect(redirectedUrl("/inloggen")).andReturn();
		Cookie session = wrong.getResponse().getCookie(SESSION);
		mvc.perform(get("/inloggen").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Het e-mailadres of het wachtwoord klopt niet.")))
			.andExpect(content().string(containsString("id=\"wachtwoord-error\"")))
			.andExpect(content().string(containsString("value=\"" + email + "\"")))
			.andExpect(content().string(not(containsString("fout-fout-fout"))));
		// the message is shown once, not again on the next visit
		mvc.perform(get("/inloggen").cookie(session)).andExpect(content().string(not(containsString("klopt niet"))));
	}

	@Test
	void anUnknownAddressGetsTheSameAnswer() throws Exception {
		assertThat(messageAfter(attempt(newAddress(), "niemand@example.org", "iets-iets-iets")))
			.contains("Het e-mailadres of het wachtwoord klopt niet.");
	}

	@Test
	void afterFiveFailuresAStrangerWaitsButTheOwnersBrowserGetsInAtOnce() throws Exception {
		String email = logins.account(Grant.of(Role.SECRETARIAAT));
		// the owner logged in before from this browser
		Cookie device = attempt(newAddress(), email, TestLogins.PASSWORD).andExpect(redirectedUrl("/beheer"))
			.andReturn().getResponse().getCookie(DEVICE);
		// someone else guesses, from many addresses
		for (int i = 0; i < 5; i++) {
			attempt(newAddress(), email, "fout-" + i).andExpect(redirectedUrl("/inloggen"));
		}
		// the sixth guess waits, even with the right password: nothing is checked while waiting
		String message = messageAfter(attempt(newAddress(), email, TestLogins.PASSWORD));
		assertThat(message).contains("Er is te vaak een verkeerd wachtwoord ingevuld voor dit e-mailadres. Wacht 2 seconden")
			.contains("id=\"wachtwoord-error\"");
		// the owner's browser is not slowed down by the guesses of others
		attempt(newAddress(), email, TestLogins.PASSWORD, device).andExpect(redirectedUrl("/beheer"));
		// another account is not affected
		attempt(newAddress(), logins.account(Grant.of(Role.REDACTIE)), TestLogins.PASSWORD).andExpect(redirectedUrl("/beheer"));
	}

	@Test
	void aBrowserThatKnowsAnotherAccountIsAStrangerHere() throws Exception {
		String mine = logins.account(Grant.of(Role.REDACTIE));
		String other = logins.account(Grant.of(Role.SECRETARIAAT));
		Cookie device = attempt(newAddress(), mine, TestLogins.PASSWORD).andReturn().getResponse().getCookie(DEVICE);
		for (int i = 0; i < 5; i++) {
			attempt(newAddress(), other, "fout-" + i, device);
		}
		assertThat(messageAfter(attempt(newAddress(), other, TestLogins.PASSWORD, device))).contains("Wacht 2 seconden");
	}

	@Test
	void onePasswordTriedOnManyAddressesFromOneNetworkIsSlowedThere() throws Exception {
		String network = newAddress();
		for (int i = 0; i < 20; i++) {
			attempt(network, "spray-" + i + "-" + network + "@example.org", "Welkom2025!").andExpect(redirectedUrl("/inloggen"));
		}
		String message = messageAfter(attempt(network, "spray-21-" + network + "@example.org", "Welkom2025!"));
		assertThat(message).contains("Vanaf uw internetverbinding is te vaak een verkeerd wachtwoord ingevuld. Wacht 2 seconden")
			.contains("id=\"email-error\"");
		// another network is not slowed down
		attempt(newAddress(), logins.account(Grant.of(Role.REDACTIE)), TestLogins.PASSWORD).andExpect(redirectedUrl("/beheer"));
	}

	@Test
	void theAddressesOfOneIpv6NetworkCountTogether() throws Exception {
		String prefix = "2001:db8:" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0xffff)) + ":1:";
		for (int i = 0; i < 20; i++) {
			attempt(prefix + Integer.toHexString(i + 1) + ":0:0:1", "v6-" + i + "-" + prefix + "@example.org", "Zomer2025");
		}
		assertThat(messageAfter(attempt(prefix + "ffff:0:0:2", "v6-last-" + prefix + "@example.org", "Zomer2025")))
			.contains("Vanaf uw internetverbinding");
	}

	@Test
	void theRightPasswordClearsTheCountOfTheAddress() throws Exception {
		String email = logins.account(Grant.of(Role.REDACTIE));
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 4; i++) {
				attempt(newAddress(), email, "fout-" + i).andExpect(redirectedUrl("/inloggen"));
			}
			attempt(newAddress(), email, TestLogins.PASSWORD).andExpect(redirectedUrl("/beheer"));
		}
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		String email = logins.account(Grant.of(Role.SECRETARIAAT));
		Cookie session = attempt(newAddress(), email, TestLogins.PASSWORD).andReturn().getResponse().getCookie(SESSION);
		mvc.perform(get("/beheer").cookie(session)).andExpect(status().isOk());
		var logout = mvc.perform(post("/uitloggen").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/inloggen?uitgelogd"))
			.andReturn();
		// the browser forgets the session cookie (so public pages come from the page cache again)
		var cookie = logout.getResponse().getCookie(SESSION);
		assertThat(cookie).isNotNull();
		assertThat(cookie.getMaxAge()).isZero();
		mvc.perform(get("/beheer").cookie(session)).andExpect(redirectedUrl("/inloggen"));
	}

	private ResultActions attempt(String address, String email, String password, Cookie... cookies) throws Exception {
		var request = post("/inloggen").with(csrf()).with(from(address)).param("email", email).param("wachtwoord", password);
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		return mvc.perform(request);
	}

	/** The login page the browser is sent back to after this attempt. */
	private String messageAfter(ResultActions attempt) throws Exception {
		Cookie session = attempt.andExpect(redirectedUrl("/inloggen")).andReturn().getResponse().getCookie(SESSION);
		return mvc.perform(get("/inloggen").cookie(session)).andReturn().getResponse().getContentAsString();
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String newAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}
}
