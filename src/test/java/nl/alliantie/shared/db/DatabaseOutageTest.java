package nl.alliantie.shared.db;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import nl.alliantie.accounts.Accounts;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped under the running app (issue 18 item 14), against Debian's server as a real
 * installation has it: pages answer the Dutch 503 page at once instead of hanging, the app works
 * again within seconds of the server's return, and nothing committed (data, logins) is lost.
 */
class DatabaseOutageTest {

	@Test
	void aStoppedServerGivesThe503PageAtOnceAndAllWorksSoonAfterItIsBack() throws Exception {
		try (DebianPostgres postgres = DebianPostgres.start();
				RunningApp app = RunningApp.start(postgres.appArguments("--alliantie.data-dir=" + RunningApp.freshDataDir()))) {
			Accounts accounts = app.context.getBean(Accounts.class);
			accounts.ensure("bewaard@example.org", "Bewaard Voor De Storing");
			assertThat(app.logIn("admin@db.test", "database-test-wachtwoord").headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/beheer"));
			assertThat(app.get("/beheer/accounts").statusCode()).isEqualTo(200);

			// a login form a visitor opened before the outage, sent during it
			String openForm = app.loginToken();

			postgres.stopServer();

			// the first request finds out: it waits for the pool's connection timeout (3 s) at most
			long started = System.nanoTime();
			HttpResponse<String> first = app.get("/probe/database");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
			assertUnavailablePage(first);
			// from then on every page answers at once: logged in, public, and a form sent
			long downUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
			int answered = 0;
			while (System.nanoTime() < downUntil) {
				for (String path : new String[] { "/beheer/accounts", "/probe/database", "/signalen" }) {
					long asked = System.nanoTime();
					HttpResponse<String> page = app.get(path);
					assertThat(Duration.ofNanos(System.nanoTime() - asked)).as(path).isLessThan(Duration.ofSeconds(1));
					if (!"/signalen".equals(path) || page.statusCode() != 200) {
						// a public list may still come from the one-second page cache; anything else is the 503 page
						assertUnavailablePage(page);
					}
					answered++;
				}
			}
			long asked = System.nanoTime();
			HttpResponse<String> form = app.logIn(openForm, "admin@db.test", "database-test-wachtwoord");
			assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(1));
			assertUnavailablePage(form);
			assertThat(form.body()).contains("ga terug (wat u invulde staat er nog)");
			assertThat(answered).isGreaterThan(10);

			postgres.startServer();
			long back = System.nanoTime();
			HttpResponse<String> again = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
				.until(() -> app.get("/beheer/accounts"), page -> page.statusCode() == 200);
			assertThat(again.statusCode()).as("the secretariat's page, still logged in").isEqualTo(200);
			assertThat(Duration.ofNanos(System.nanoTime() - back)).isLessThan(Duration.ofSeconds(5));
			assertThat(again.body()).contains("bewaard@example.org");
			assertThat(accounts.findByEmail("bewaard@example.org")).isPresent();
			assertThat(app.get("/probe/database").body()).isEqualTo("database alliantie");
		}
	}

	private static void assertUnavailablePage(HttpResponse<String> page) {
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("Even niet beschikbaar")
			.contains("De database is nu niet bereikbaar")
			.doesNotContain("Exception")
			.doesNotContain("HTTP Status");
	}
}
