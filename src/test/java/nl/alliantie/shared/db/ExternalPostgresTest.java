package nl.alliantie.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code SPRING_DATASOURCE_URL} the app runs on any PostgreSQL 15+: here Debian's PostgreSQL 15
 * server, started by the test in a fresh cluster. The embedded database is then not started.
 */
class ExternalPostgresTest {

	static DebianPostgres postgres;

	@BeforeAll
	static void startPostgres() throws Exception {
		postgres = DebianPostgres.start();
	}

	@AfterAll
	static void stopPostgres() throws Exception {
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void theWholeAppRunsOnAnExternalServer() throws Exception {
		try (RunningApp app = RunningApp.start(
				postgres.appArguments("--alliantie.data-dir=" + RunningApp.freshDataDir(), "--alliantie.demo-data"))) {
			assertThat(app.context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
			// ALLIANTIE_DEMO_DATA not set: a real installation, without demo logins
			assertThat(app.get("/").body()).doesNotContain("Dit is een demo.");
			assertThat(app.context.getBean(JdbcClient.class)
				.sql("select count(*) from accounts_account where email like '%@demo.alliantie.local'")
				.query(Integer.class)
				.single()).isZero();
			JdbcClient jdbc = app.context.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 15");
			assertThat(jdbc.sql("select count(*) from flyway_schema_history_accounts where success").query(Integer.class).single())
				.isPositive();

			assertThat(app.get("/").statusCode()).isEqualTo(200);
			var login = app.logIn("admin@db.test", "database-test-wachtwoord");
			assertThat(login.statusCode()).isEqualTo(302);
			assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/beheer");
			var admin = app.get("/beheer/accounts");
			assertThat(admin.statusCode()).isEqualTo(200);
			assertThat(admin.body()).contains("admin@db.test");
		}
	}
}
