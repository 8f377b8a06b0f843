package nl.alliantie.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.shared.db.AppProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash drill: the application runs as a process of its own and is killed with
 * {@code kill -9} twice while it delivers 2,000 mails, and started again on the same data. The
 * first kill comes at the worst moment: the mail server has kept a mail but the application has
 * not heard so. The second comes at whatever moment the test sees 1,400 mails arrived. No mail may
 * be lost; only mails in flight at a kill may arrive twice, each time with the same Message-ID.
 */
class OutboxCrashDrillTest {

	static final int MAILS = 2_000;

	static final int CONNECTIONS = 2;

	static final int KILL_INSIDE_AT = 400;

	static final int KILL_OUTSIDE_AT = 1_400;

	@TempDir
	Path work;

	private ScriptedSmtpServer sink;

	private volatile Process app;

	private AppProcess apps;

	@Test
	void afterKillsNoMailIsLostAndOnlyMailsInFlightArriveTwice() throws Exception {
		CountDownLatch killedInside = new CountDownLatch(1);
		sink = new ScriptedSmtpServer(address -> "250 OK", count -> {
			if (count == KILL_INSIDE_AT) {
				kill();
				killedInside.countDown();
			}
		});
		apps = new AppProcess(work);

		app = start(1);
		JdbcClient jdbc = JdbcClient.create(apps.database());
		OutboxStore store = new OutboxStore(jdbc, "alliantie.local");
		new TransactionTemplate(new DataSourceTransactionManager(apps.database())).executeWithoutResult(tx -> {
			for (int i = 0; i < MAILS; i++) {
				String to = "drill-" + i + "@example.org";
				store.queue(new MailKey("crash-drill", i, to), new MailMessage(to, "Oefening " + i, "Mail " + i));
			}
		});

		List<Integer> killedAt = new ArrayList<>();
		assertThat(killedInside.await(120, TimeUnit.SECONDS)).as("killed while delivering").isTrue();
		String keptButNotAcknowledged = sink.accepted().get(KILL_INSIDE_AT - 1).recipient();
		killedAt.add(sink.accepted().size());
		app = start(2);

		awaitReceived(KILL_OUTSIDE_AT, Duration.ofSeconds(120));
		kill();
		killedAt.add(sink.accepted().size());
		app = start(3);

		OutboxTest.awaitFor(Duration.ofMinutes(3), () -> pending(jdbc) == 0);
		Map<String, String> stored = new HashMap<>();
		jdbc.sql("select recipient, message_id from mail_outbox where purpose = 'crash-drill'")
			.query((rs, row) -> stored.put(rs.getString(1), rs.getString(2)))
			.list();
		app.destroy();
		assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();

		Map<String, List<String>> received = new HashMap<>();
		for (ScriptedSmtpServer.Accepted mail : sink.accepted()) {
			received.computeIfAbsent(mail.recipient(), key -> new ArrayList<>()).add(mail.messageId());
		}
		List<String> twice = received.entrySet()
			.stream()
			.filter(entry -> entry.getValue().size() > 1)
			.map(Map.Entry::getKey)
			.sorted()
			.toList();
		System.out.printf("Crash drill: %d mails, killed after %s had arrived, %d received, %d twice %s%n", MAILS,
				killedAt, sink.accepted().size(), twice.size(), twice);

		assertThat(stored).hasSize(MAILS);
		assertThat(received.keySet()).as("every mail arrived").isEqualTo(stored.keySet());
		for (Map.Entry<String, List<String>> entry : received.entrySet()) {
			assertThat(Set.copyOf(entry.getValue())).as("Message-ID of every copy to %s", entry.getKey())
				.containsExactly(stored.get(entry.getKey()));
		}
		assertThat(twice).as("the mail kept but not acknowledged at the first kill").contains(keptButNotAcknowledged);
		assertThat(twice.size()).as("only mails in flight at a kill: at most one per connection")
			.isLessThanOrEqualTo(2 * CONNECTIONS);
		assertThat(received.values().stream().mapToInt(List::size).max().orElseThrow()).isLessThanOrEqualTo(2);
		assertThat(Files.readString(work.resolve("app-2.log"))).contains("draait nog van een vorige start");
	}

	private void kill() {
		try {
			app.destroyForcibly().waitFor();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private Process start(int run) throws IOException {
		return apps.start(run, "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + sink.port(),
				"--alliantie.admin.email=drill@test.alliantie.local", "--alliantie.admin.password=drill-wachtwoord",
				"--alliantie.mail.rate-per-minute=0", "--alliantie.mail.connections=" + CONNECTIONS,
				"--alliantie.mail.batch-size=100", "--alliantie.mail.lease=5s", "--alliantie.mail.poll-interval=500ms");
	}

	private void awaitReceived(int count, Duration within) throws InterruptedException {
		long until = System.nanoTime() + within.toNanos();
		while (sink.accepted().size() < count) {
			if (System.nanoTime() > until) {
				throw new AssertionError("Only " + sink.accepted().size() + " mails arrived");
			}
			Thread.sleep(5);
		}
	}

	private long pending(JdbcClient jdbc) {
		try {
			return jdbc.sql("select count(*) from mail_outbox where status <> 'SENT'").query(Long.class).single();
		}
		catch (RuntimeException restarting) {
			return -1;
		}
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (apps != null) {
			apps.cleanUp();
		}
		if (sink != null) {
			sink.close();
		}
	}
}
