package nl.alliantie.shared.db;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.alliantie.accounts.Accounts;

import static org.assertj.core.api.Assertions.assertThat;

/** The default run: PostgreSQL inside the app, its data on disk with fsync on. */
class EmbeddedDatabaseTest {

	@Test
	void dataSurvivesARestartAndIsWrittenSafely() throws Exception {
		Path dir = RunningApp.freshDataDir();
		try (RunningApp app = RunningApp.start("--alliantie.data-dir=" + dir)) {
			app.context.getBean(Accounts.class).ensure("blijft@example.org", "Blijft Bewaard");
			JdbcClient jdbc = app.context.getBean(JdbcClient.class);
			assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show server_version_num").query(Integer.class).single()).isGreaterThanOrEqualTo(180000);
		}
		assertThat(dir.resolve("postgres/PG_VERSION")).exists();
		try (RunningApp app = RunningApp.start("--alliantie.data-dir=" + dir)) {
			assertThat(app.context.getBean(Accounts.class).findByEmail("blijft@example.org")).isPresent();
			assertThat(app.logIn("admin@db.test", "database-test-wachtwoord").headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/beheer"));
		}
	}

	@Test
	void anUnreachableDatabaseGivesAFriendly503() throws Exception {
		try (RunningApp app = RunningApp.start("--alliantie.data-dir=" + RunningApp.freshDataDir(),
				"--alliantie.embedded-database.fsync=false", "--spring.datasource.hikari.connection-timeout=1500",
				"--spring.datasource.hikari.validation-timeout=1000")) {
			assertThat(app.get("/probe/database").body()).startsWith("database ");
			app.context.getBean(EmbeddedPostgres.class).close();

			var page = app.get("/probe/database");
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.body()).contains("Even niet beschikbaar").contains("De database is nu niet bereikbaar")
				.doesNotContain("Exception");

			var login = app.logIn("admin@db.test", "database-test-wachtwoord");
			assertThat(login.statusCode()).isEqualTo(503);
			assertThat(login.body()).contains("De database is nu niet bereikbaar");
		}
	}
}
