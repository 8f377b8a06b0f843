package nl.alliantie.accounts;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AlliantieTest
class LoginTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Test
	void theRightPasswordLogsInAndLeadsToTheStartPage() throws Exception {
		String email = logins.account(Grant.of(Role.SECRETARIAAT));
		MvcResult login = mvc.perform(post("/inloggen").with(csrf()).param("email", email.toUpperCase())
				.param("wachtwoord", TestLogins.PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/beheer"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
		mvc.perform(get("/beheer").session(session)).andExpect(status().isOk()).andExpect(content().string(containsString("Uitloggen")));
	}

	@Test
	void aWrongPasswordSaysSoNextToTheFieldAndKeepsTheAddress() throws Exception {
		String email = logins.account(Grant.of(Role.REDACTIE));
		MockHttpSession session = new MockHttpSession();
		attempt(session, email, "fout-fout-fout").andExpect(redirectedUrl("/inloggen"));
		mvc.perform(get("/inloggen").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Het e-mailadres of het wachtwoord klopt niet.")))
			.andExpect(content().string(containsString("id=\"wachtwoord-error\"")))
			.andExpect(content().string(containsString("value=\"" + email + "\"")))
			.andExpect(content().string(not(containsString("fout-fout-fout"))));
		// the message is shown once, not again on the next visit
		mvc.perform(get("/inloggen").session(session))
			.andExpect(content().string(not(containsString("klopt niet"))));
	}

	@Test
	void anUnknownAddressGetsTheSameAnswer() throws Exception {
		MockHttpSession session = new MockHttpSession();
		attempt(session, "niemand@example.org", "iets-iets-iets").andExpect(redirectedUrl("/inloggen"));
		mvc.perform(get("/inloggen").session(session))
			.andExpect(content().string(containsString("Het e-mailadres of het wachtwoord klopt niet.")));
	}

	@Test
	void afterTenFailuresWithinAnHourEvenTheRightPasswordIsRefusedForAWhile() throws Exception {
		String email = logins.account(Grant.of(Role.REDACTIE));
		MockHttpSession session = new MockHttpSession();
		for (int i = 0; i < 10; i++) {
			attempt(session, email, "fout-" + i).andExpect(redirectedUrl("/inloggen"));
		}
		attempt(session, email, TestLogins.PASSWORD).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(get("/inloggen").session(session))
			.andExpect(content().string(containsString(
					"Er is te vaak een verkeerd wachtwoord ingevuld voor dit e-mailadres. Probeer het over 60 minuten opnieuw")))
			.andExpect(content().string(containsString("id=\"email-error\"")));
		// another account is not affected
		String other = logins.account(Grant.of(Role.REDACTIE));
		attempt(new MockHttpSession(), other, TestLogins.PASSWORD).andExpect(redirectedUrl("/beheer"));
	}

	@Test
	void nineFailuresThenTheRightPasswordStillWorksAndClearsTheCount() throws Exception {
		String email = logins.account(Grant.of(Role.REDACTIE));
		for (int i = 0; i < 9; i++) {
			attempt(new MockHttpSession(), email, "fout-" + i);
		}
		attempt(new MockHttpSession(), email, TestLogins.PASSWORD).andExpect(redirectedUrl("/beheer"));
		for (int i = 0; i < 9; i++) {
			attempt(new MockHttpSession(), email, "fout-" + i);
		}
		attempt(new MockHttpSession(), email, TestLogins.PASSWORD).andExpect(redirectedUrl("/beheer"));
	}

	private org.springframework.test.web.servlet.ResultActions attempt(MockHttpSession session, String email,
			String password) throws Exception {
		return mvc.perform(post("/inloggen").session(session).with(csrf()).param("email", email).param("wachtwoord", password));
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		String email = logins.account(Grant.of(Role.SECRETARIAAT));
		MockHttpSession session = (MockHttpSession) mvc
			.perform(post("/inloggen").with(csrf()).param("email", email).param("wachtwoord", TestLogins.PASSWORD))
			.andReturn().getRequest().getSession();
		var logout = mvc.perform(post("/uitloggen").session(session).with(csrf()))
			.andExpect(redirectedUrl("/inloggen?uitgelogd"))
			.andReturn();
		// the browser forgets the session cookie (so public pages come from the page cache again)
		var cookie = logout.getResponse().getCookie("alliantie-sessie");
		org.assertj.core.api.Assertions.assertThat(cookie).isNotNull();
		org.assertj.core.api.Assertions.assertThat(cookie.getMaxAge()).isZero();
		mvc.perform(get("/beheer").session(session)).andExpect(redirectedUrl("/inloggen"));
	}
}
