package nl.alliantie.shared.db;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.alliantie.accounts.Accounts;

import static org.assertj.core.api.Assertions.assertThat;

/** The first start decides whether an installation is a demo; demo data is loaded once. */
class DemoDataTest {

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
