package nl.alliantie.newsletter;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.alliantie.mail.ScriptedSmtpServer;
import nl.alliantie.newsletter.editorial.Articles;
import nl.alliantie.newsletter.editorial.Issues;
import nl.alliantie.newsletter.sending.Sending;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsletter bench, run by {@code bench/newsletter-send.sh} (not part of {@code mvnw verify}):
 * 50,000 confirmed subscribers (made set-based, not timed), one issue with two articles; times
 * {@link Sending#send} (the set-based queueing, target ≤ 10 s) and the real outbox sender until a
 * local SMTP sink on a free port holds every mail (target ≤ 3 minutes, ≥ 16,000 a minute), and
 * reports the highest heap in use (the script runs it with {@code -Xmx256m}). Production settings
 * otherwise (fsync on, the default rate and connections).
 */
@SpringBootTest(properties = { "alliantie.demo-data=false", "alliantie.admin.email=bench@alliantie.local",
		"alliantie.admin.password=bench-wachtwoord", "logging.level.root=warn" })
class NewsletterSendBench {

	static final int SUBSCRIBERS = Integer.getInteger("bench.subscribers", 50_000);

	static ScriptedSmtpServer sink;

	@DynamicPropertySource
	static void sink(DynamicPropertyRegistry registry) throws java.io.IOException {
		sink = new ScriptedSmtpServer(address -> "250 OK");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> sink.port());
		registry.add("alliantie.data-dir", () -> "target/bench-data/" + UUID.randomUUID());
	}

	@Autowired
	Sending sending;

	@Autowired
	Issues issues;

	@Autowired
	Articles articles;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiftyThousandSubscribers() throws Exception {
		jdbc.sql("""
				insert into newsletter_subscriber (email, name, status, source, unsubscribe_token, created_at, confirmed_at)
				select 'lezer' || n || '@bench' || (n % 500) || '.example.org', null, 'CONFIRMED', 'IMPORT',
				       translate(encode(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()), 'base64'), '+/=', '-_'),
				       now(), now()
				from generate_series(1, :n) n
				""").param("n", SUBSCRIBERS).update();
		long issue = issues.plan(2099, 1, "Armoede en werk", java.time.LocalDate.of(2099, 1, 1),
				java.time.LocalDate.of(2099, 1, 15)).orElseThrow();
		for (int i = 0; i < 2; i++) {
			long article = articles.write("Werken en toch arm " + i, "Steeds meer mensen met een baan komen niet rond.",
					"Bij de voedselbank komen steeds vaker mensen die werken. ".repeat(30)
							+ "\n\n## Wat wij vragen\n\n- een vast aantal uren\n- snelle bijzondere bijstand\n\n[Meer](https://example.org/)",
					"Limburg", "bench@alliantie.local", "Bench", null, true);
			articles.accept(article, "Bench");
			articles.place(article, issue, "Bench");
		}
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

		long start = System.nanoTime();
		int queued = sending.send(issue);
		long committed = System.nanoTime();
		Awaitility.await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofSeconds(1))
			.until(() -> sending.report(issue).progress().done() && sink.acceptedCount() >= SUBSCRIBERS);
		long done = System.nanoTime();

		long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.mapToLong(pool -> pool.getPeakUsage().getUsed())
			.sum();
		double queueSeconds = (committed - start) / 1e9;
		double sendSeconds = (done - committed) / 1e9;
		String result = String.format(java.util.Locale.ROOT,
				"newsletter bench: %d subscribers queued in %.1f s (one set-based insert); delivered to the SMTP sink in "
						+ "%.1f s = %.0f mails/minute; peak heap (sum of pool peaks) %d MB of max %d MB; %d failed%n",
				queued, queueSeconds, sendSeconds, SUBSCRIBERS / sendSeconds * 60, peakHeap >> 20,
				Runtime.getRuntime().maxMemory() >> 20, sending.report(issue).progress().failed());
		System.out.print(result);
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/newsletter-send.txt"), result);
		assertThat(queued).isEqualTo(SUBSCRIBERS);
		assertThat(sink.acceptedCount()).isEqualTo(SUBSCRIBERS);
	}

	@AfterAll
	static void stopSink() throws java.io.IOException {
		if (sink != null) {
			sink.close();
		}
	}
}
