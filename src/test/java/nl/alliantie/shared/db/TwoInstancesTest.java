package nl.alliantie.shared.db;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.mail.MailKey;
import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.Outbox;
import nl.alliantie.mail.ScriptedSmtpServer;
import nl.alliantie.signals.SignalFixtures;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app instances on one PostgreSQL server, as behind a balancer without sticky sessions (issue
 * 18 item 16): a login made on one works on the other (sessions in PostgreSQL, docs/adr/0018), a
 * send of 2,000 mails is shared between them with each mail delivered once (the outbox's leases),
 * and a change made on one empties the search results the other kept (PostgreSQL notifications,
 * docs/adr/0010).
 */
class TwoInstancesTest {

	static final int MAILS = 2_000;

	@Test
	void twoInstancesShareLoginsMailAndWhatTheyKeep() throws Exception {
		try (DebianPostgres postgres = DebianPostgres.start();
				ScriptedSmtpServer smtp = new ScriptedSmtpServer(address -> "250 OK");
				RunningApp one = RunningApp.start(instance(postgres, smtp));
				RunningApp two = RunningApp.start(instance(postgres, smtp))) {

			// a login made on one is a login on the other
			assertThat(one.logIn("admin@db.test", "database-test-wachtwoord").headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/beheer"));
			String session = "alliantie-sessie=" + one.cookie("alliantie-sessie").orElseThrow();
			assertThat(two.getWithCookie("/beheer/accounts", session).statusCode()).isEqualTo(200);
			assertThat(two.getWithCookie("/beheer/accounts", session).body()).contains("admin@db.test");
			assertThat(two.getWithCookie("/beheer/accounts", "alliantie-sessie=onbekend").statusCode())
				.as("without a login: to the login page").isEqualTo(302);

			// a send of 2,000 mails queued on one is shared by both, and each mail goes out once
			String purpose = "twee-instanties";
			one.context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
				Outbox outbox = one.context.getBean(Outbox.class);
				for (int i = 0; i < MAILS; i++) {
					String to = "ontvanger-" + i + "@example.org";
					outbox.queue(new MailKey(purpose, i, to), new MailMessage(to, "Bericht " + i, "Mail " + i));
				}
			});
			JdbcClient jdbc = one.context.getBean(JdbcClient.class);
			await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
				.until(() -> sent(jdbc, purpose) >= MAILS);
			assertThat(sent(jdbc, purpose)).isEqualTo(MAILS);
			Map<String, Integer> received = new HashMap<>();
			for (ScriptedSmtpServer.Accepted mail : smtp.accepted()) {
				received.merge(mail.recipient(), 1, Integer::sum);
			}
			assertThat(received).hasSize(MAILS);
			assertThat(received.values()).as("each mail once").containsOnly(1);
			List<Map<String, Object>> senders = jdbc
				.sql("select claimed_by, count(*) as mails from mail_outbox where purpose = :purpose group by claimed_by")
				.param("purpose", purpose)
				.query()
				.listOfRows();
			assertThat(senders).as("both instances sent a share: %s", senders).hasSize(2);

			// search results kept by two are emptied by a change made on one
			String word = "tweeling" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
			SignalFixtures signals = one.context.getBean(SignalFixtures.class);
			long signal = signals.published("Eerste titel " + word, "Over de " + word + " in de wijk.", "Zwolle");
			String search = "/signalen?q=" + word;
			awaitPage(two, search, "Eerste titel");
			assertThat(two.get(search).body()).contains("Eerste titel");
			one.context.getBean(JdbcClient.class)
				.sql("update signals_signal set title = :title where id = :id")
				.param("title", "Andere titel " + word)
				.param("id", signal)
				.update();
			awaitPage(two, search, "Andere titel");
			assertThat(two.get(search).body()).doesNotContain("Eerste titel");
		}
	}

	private static String[] instance(DebianPostgres postgres, ScriptedSmtpServer smtp) {
		return postgres.appArguments("--alliantie.data-dir=" + RunningApp.freshDataDir(),
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(), "--alliantie.mail.rate-per-minute=0",
				"--alliantie.mail.batch-size=50", "--alliantie.mail.lease=10s", "--alliantie.mail.poll-interval=200ms", "--alliantie.mfa.key=" + MFA_KEY);
	}

	/** Both instances seal two-step secrets with the same key, as the README asks of a cluster. */
	static final String MFA_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

	private static long sent(JdbcClient jdbc, String purpose) {
		return jdbc.sql("select count(*) from mail_outbox where purpose = :purpose and status = 'SENT'")
			.param("purpose", purpose)
			.query(Long.class)
			.single();
	}

	/** Waits (at most 10 s) until the page shows {@code text}: a notification arrives after the commit. */
	private static void awaitPage(RunningApp app, String path, String text) throws Exception {
		await(path + " shows " + text).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
			.until(() -> app.get(path).body().contains(text));
	}
}
