package nl.alliantie.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.accounts.twostep.TwoStep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Two-step login with a code from an app (TOTP) and recovery codes (docs/adr/0019). */
@AlliantieTest
class TwoStepLoginTest {

	static final Pattern KEY = Pattern.compile("id=\"sleutel\">([A-Z2-7 ]+)<");

	static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</code>");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	TwoStep twoStep;

	@Test
	void setUpOnTheAccountPageThenEveryLoginAsksForACodeFromTheApp() throws Exception {
		String email = logins.account(Grant.of(Role.SECRETARIAAT));
		Cookie session = logIn(email).andExpect(redirectedUrl("/beheer")).andReturn().getResponse().getCookie("alliantie-sessie");
		mvc.perform(get("/beheer/account").cookie(session))
			.andExpect(content().string(containsString("Staat uit.")));
		mvc.perform(post("/beheer/account/tweestaps/starten").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/beheer/account/tweestaps"));
		String setup = mvc.perform(get("/beheer/account/tweestaps").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andReturn().getResponse().getContentAsString();
		String key = find(KEY, setup).replace(" ", "");
		long step = step();

		mvc.perform(post("/beheer/account/tweestaps").cookie(session).with(csrf()).param("code", "000000"))
			.andExpect(content().string(containsString("Deze code klopt niet.")))
			.andExpect(content().string(containsString("id=\"code-error\"")));
		String codesPage = mvc.perform(post("/beheer/account/tweestaps").cookie(session).with(csrf()).param("code", code(key, step)))
			.andExpect(content().string(containsString("Bewaar uw herstelcodes")))
			.andReturn().getResponse().getContentAsString();
		List<String> recovery = findAll(RECOVERY, codesPage);
		assertThat(recovery).hasSize(10).doesNotHaveDuplicates();

		// the key is not shown again, and the database holds neither it nor the recovery codes as they are
		mvc.perform(get("/beheer/account/tweestaps").cookie(session)).andExpect(redirectedUrl("/beheer/account"));
		mvc.perform(get("/beheer/account").cookie(session))
			.andExpect(content().string(containsString("Staat aan sinds")))
			.andExpect(content().string(containsString("10 herstelcodes")))
			.andExpect(content().string(not(containsString(key.substring(0, 8)))));
		byte[] stored = jdbc.sql("select totp_secret from accounts_account where lower(email) = lower(:email)")
			.param("email", email).query(byte[].class).single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(key.substring(0, 8));
		List<byte[]> hashes = jdbc.sql("""
				select code_hash from accounts_recovery_code r join accounts_account a on a.id = r.account_id
				where lower(a.email) = lower(:email)
				""").param("email", email).query(byte[].class).list();
		assertThat(hashes).hasSize(10)
			.noneMatch(hash -> new String(hash, StandardCharsets.ISO_8859_1).contains(recovery.get(0).substring(0, 4)));

		// the password alone opens nothing now
		MvcResult password = logIn(email).andExpect(redirectedUrl("/inloggen/code")).andReturn();
		Cookie pending = password.getResponse().getCookie("alliantie-sessie");
		mvc.perform(get("/beheer").cookie(pending)).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(get("/inloggen/code").cookie(pending)).andExpect(content().string(containsString("Code uit uw app")));
		mvc.perform(post("/inloggen/code").cookie(pending).with(csrf()).param("code", "123456"))
			.andExpect(content().string(containsString("Deze code klopt niet.")));
		// the code of the next step (the one of this step was used to set up: no code works twice)
		mvc.perform(post("/inloggen/code").cookie(pending).with(csrf()).param("code", code(key, step)))
			.andExpect(content().string(containsString("Deze code klopt niet.")));
		// on to the page asked for before
		MvcResult in = mvc.perform(post("/inloggen/code").cookie(pending).with(csrf()).param("code", code(key, step + 1)))
			.andExpect(redirectedUrl("http://localhost/beheer?continue"))
			.andReturn();
		Cookie loggedIn = in.getResponse().getCookie("alliantie-sessie");
		assertThat(loggedIn.getValue()).as("a new session id after the second step").isNotEqualTo(pending.getValue());
		mvc.perform(get("/beheer").cookie(loggedIn)).andExpect(status().isOk());

		// a recovery code works once, typed in capitals and with spaces too
		Cookie second = logIn(email).andExpect(redirectedUrl("/inloggen/code")).andReturn().getResponse().getCookie("alliantie-sessie");
		mvc.perform(post("/inloggen/code").cookie(second).with(csrf()).param("code", recovery.get(3).toUpperCase().replace("-", " ")))
			.andExpect(redirectedUrl("/beheer"));
		Cookie third = logIn(email).andExpect(redirectedUrl("/inloggen/code")).andReturn().getResponse().getCookie("alliantie-sessie");
		mvc.perform(post("/inloggen/code").cookie(third).with(csrf()).param("code", recovery.get(3)))
			.andExpect(content().string(containsString("Deze code klopt niet.")));
	}

	@Test
	void whenTheSecretariatRequiresItACoordinatorSetsItUpAtLoginAndCannotTurnItOff() throws Exception {
		String coordinator = logins.account(new Grant(Role.REGIOCOORDINATOR, "noord"));
		String editor = logins.account(Grant.of(Role.REDACTIE));
		String admin = logins.account(Grant.of(Role.SECRETARIAAT));
		Cookie adminSession = logIn(admin).andExpect(redirectedUrl("/beheer")).andReturn().getResponse().getCookie("alliantie-sessie");
		try {
			mvc.perform(post("/beheer/accounts/tweestaps").cookie(adminSession).with(csrf()).param("gebonden", "true"))
				.andExpect(redirectedUrl("/beheer/accounts"));
			assertThat(twoStep.policy()).isEqualTo(new TwoStep.Policy(true, false));
			// an unbound role is not asked
			logIn(editor).andExpect(redirectedUrl("/beheer"));

			Cookie pending = logIn(coordinator).andExpect(redirectedUrl("/inloggen/instellen")).andReturn()
				.getResponse().getCookie("alliantie-sessie");
			mvc.perform(get("/beheer").cookie(pending)).andExpect(redirectedUrl("/inloggen"));
			String setup = mvc.perform(get("/inloggen/instellen").cookie(pending))
				.andExpect(content().string(containsString("Het secretariaat vraagt dat iedereen met uw rol inlogt in twee stappen")))
				.andReturn().getResponse().getContentAsString();
			String key = find(KEY, setup).replace(" ", "");
			long step = step();
			MvcResult done = mvc.perform(post("/inloggen/instellen").cookie(pending).with(csrf()).param("code", code(key, step)))
				.andExpect(content().string(containsString("Bewaar uw herstelcodes")))
				.andReturn();
			Cookie session = done.getResponse().getCookie("alliantie-sessie");
			mvc.perform(get("/beheer/account").cookie(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("U kunt het daarom niet uitzetten.")));
			mvc.perform(post("/beheer/account/tweestaps/uit").cookie(session).with(csrf()).param("uit-code", code(key, step + 1)))
				.andExpect(content().string(containsString("U kunt het daarom niet uitzetten.")));

			// lost phone and codes: the secretariat turns it off, and the next login sets it up again
			long id = jdbc.sql("select id from accounts_account where lower(email) = lower(:email)").param("email", coordinator)
				.query(Long.class).single();
			mvc.perform(post("/beheer/accounts/" + id + "/tweestaps-uit").cookie(adminSession).with(csrf()))
				.andExpect(redirectedUrl("/beheer/accounts"));
			logIn(coordinator).andExpect(redirectedUrl("/inloggen/instellen"));
		}
		finally {
			twoStep.require(new TwoStep.Policy(false, false));
		}
	}

	@Test
	void guessedCodesAreSlowedDownOnTheSameCountAsPasswords() throws Exception {
		String email = logins.account(Grant.of(Role.SECRETARIAAT));
		long id = jdbc.sql("select id from accounts_account where lower(email) = lower(:email)").param("email", email)
			.query(Long.class).single();
		twoStep.begin(id, email);
		String key = twoStep.pending(id, email).orElseThrow().key().replace(" ", "");
		long step = step();
		assertThat(twoStep.confirm(id, code(key, step))).isPresent();

		Cookie pending = logIn(email).andExpect(redirectedUrl("/inloggen/code")).andReturn().getResponse().getCookie("alliantie-sessie");
		for (int i = 0; i < 4; i++) {
			mvc.perform(post("/inloggen/code").cookie(pending).with(csrf()).param("code", "00000" + i))
				.andExpect(content().string(containsString("Deze code klopt niet.")));
		}
		// the password and four codes were free; the right code now has to wait, unchecked
		mvc.perform(post("/inloggen/code").cookie(pending).with(csrf()).param("code", code(key, step + 1)))
			.andExpect(content().string(containsString("Er zijn te veel verkeerde codes ingevuld. Wacht 2 seconden")));
	}

	private org.springframework.test.web.servlet.ResultActions logIn(String email) throws Exception {
		return mvc.perform(post("/inloggen").with(csrf()).with(LoginTest.from(LoginTest.newAddress()))
			.param("email", email).param("wachtwoord", TestLogins.PASSWORD));
	}

	/** The current step of 30 seconds. */
	private long step() {
		return Math.floorDiv(clock.instant().getEpochSecond(), 30);
	}

	/** What the app shows in the given step. */
	private static String code(String key, long step) throws Exception {
		return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(key, step);
	}

	private static String find(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		assertThat(matcher.find()).as("%s in page", pattern).isTrue();
		return matcher.group(1);
	}

	private static List<String> findAll(Pattern pattern, String html) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}
}
