package nl.alliantie.shared.db;

import java.nio.file.Path;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.alliantie.accounts.Accounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start decides whether an installation is a demo (without the setting: only on the
 * embedded database); demo data is loaded once, its logins with a password printed once.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoDataTest {

	static final Pattern DEMO_PASSWORD = Pattern.compile("hebben wachtwoord (\\S+)  \\(eenmalig getoond\\)");

	@Test
	void withoutTheSettingTheEmbeddedDatabaseIsADemoWhoseLoginsHaveAPasswordPrintedOnce(CapturedOutput output)
			throws Exception {
		Path dir = RunningApp.freshDataDir();
		String password;
		try (RunningApp app = RunningApp.start("--alliantie.data-dir=" + dir, "--alliantie.demo-data",
				"--alliantie.embedded-database.fsync=false", "--logging.level.nl.alliantie.accounts.bootstrap=info")) {
			assertThat(app.get("/").body()).contains("Dit is een demo.");
			Matcher printed = DEMO_PASSWORD.matcher(output.getOut());
			assertThat(printed.find()).as("the demo password in the banner").isTrue();
			password = printed.group(1);
			assertThat(password).hasSizeGreaterThanOrEqualTo(16).isNotEqualTo("demo-wachtwoord");
			assertThat(app.logIn("coordinator.noord@demo.alliantie.local", "demo-wachtwoord").headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/inloggen"));
			assertThat(app.logIn("coordinator.noord@demo.alliantie.local", password).headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/beheer"));
		}
		int before = output.getOut().length();
		try (RunningApp app = RunningApp.start("--alliantie.data-dir=" + dir, "--alliantie.demo-data",
				"--alliantie.embedded-database.fsync=false", "--logging.level.nl.alliantie.accounts.bootstrap=info")) {
			String later = output.getOut().substring(before);
			assertThat(later).contains("hun wachtwoord stond bij de eerste start in dit logboek").doesNotContain(password);
			assertThat(app.get("/").body()).contains("Dit is een demo.");
		}
	}

	@Test
	void aNewInstallationGetsTheDemoNetworkOnceAndSaysSo() throws Exception {
		Path dir = RunningApp.freshDataDir();
		int demoAccounts;
		try (RunningApp app = RunningApp.start("--alliantie.data-dir=" + dir, "--alliantie.demo-data=true",
				"--alliantie.embedded-database.fsync=false")) {
			assertThat(app.context.getBean(Accounts.class).findByEmail("coordinator.noord@demo.alliantie.local")).isPresent();
			assertThat(app.get("/").body()).contains("Dit is een demo.");
			demoAccounts = countDemoAccounts(app);
		}
		try (RunningApp app = RunningApp.start("--alliantie.data-dir=" + dir, "--alliantie.demo-data=true",
				"--alliantie.embedded-database.fsync=false")) {
			assertThat(countDemoAccounts(app)).isEqualTo(demoAccounts).isGreaterThanOrEqualTo(6);
		}
	}

	@Test
	void aRealInstallationStaysWithoutDemoData() throws Exception {
		Path dir = RunningApp.freshDataDir();
		try (RunningApp app = RunningApp.start("--alliantie.data-dir=" + dir, "--alliantie.embedded-database.fsync=false")) {
			assertThat(app.get("/").body()).doesNotContain("Dit is een demo.");
		}
		// switching the setting later does not turn a real installation into a demo
		try (RunningApp app = RunningApp.start("--alliantie.data-dir=" + dir, "--alliantie.demo-data=true",
				"--alliantie.embedded-database.fsync=false")) {
			assertThat(app.context.getBean(Accounts.class).findByEmail("coordinator.noord@demo.alliantie.local")).isEmpty();
			assertThat(app.get("/").body()).doesNotContain("Dit is een demo.");
		}
	}

	private static int countDemoAccounts(RunningApp app) {
		return app.context.getBean(JdbcClient.class)
			.sql("select count(*) from accounts_account where email like '%@demo.alliantie.local'")
			.query(Integer.class)
			.single();
	}
}
