package nl.alliantie.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail bench, run by {@code bench/mail-throughput.sh} (not part of {@code mvnw verify}): queues
 * 10,000 invitations in one transaction and times the real sender until a local SMTP sink holds
 * all of them. Production settings otherwise: fsync on, the default rate and connections. The sink
 * is a small SMTP server that only keeps recipient and Message-ID, so that, like a real mail
 * server in its own process, it takes little of the CPU the sender needs; {@code -Dbench.sink=greenmail}
 * uses GreenMail instead, which parses and stores every mail in this JVM.
 */
@SpringBootTest(properties = { "alliantie.demo-data=false", "alliantie.admin.email=bench@alliantie.local",
		"alliantie.admin.password=bench-wachtwoord", "logging.level.root=warn" })
class MailThroughputBench {

	static final int MAILS = 10_000;

	static final boolean GREENMAIL = "greenmail".equals(System.getProperty("bench.sink"));

	static GreenMail greenMail;

	static ScriptedSmtpServer scripted;

	@DynamicPropertySource
	static void sink(DynamicPropertyRegistry registry) throws java.io.IOException {
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.icegreen"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
		int port;
		if (GREENMAIL) {
			greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
				.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
			greenMail.start();
			port = greenMail.getSmtp().getPort();
		}
		else {
			scripted = new ScriptedSmtpServer(address -> "250 OK");
			port = scripted.port();
		}
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> port);
		registry.add("alliantie.data-dir", () -> "target/bench-data/" + UUID.randomUUID());
	}

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxProperties settings;

	@Test
	void tenThousandInvitations() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		long queueStart = System.nanoTime();
		transactions.executeWithoutResult(tx -> {
			for (int i = 0; i < MAILS; i++) {
				String to = "vertegenwoordiger-" + i + "@organisatie-" + (i % 500) + ".example.org";
				outbox.queue(new MailKey("bench-invitation", run + "-" + i, to), new MailMessage(to,
						"Uitnodiging regio-overleg noord, dinsdag 20 januari",
						"Beste vertegenwoordiger,\n\nU bent uitgenodigd voor het regio-overleg. Geef hier antwoord:\n"
								+ "http://localhost:8080/uitnodiging/" + UUID.randomUUID()
								+ "\n\nMet vriendelijke groet,\nHet secretariaat"));
			}
		});
		long committed = System.nanoTime();
		OutboxTest.awaitFor(Duration.ofMinutes(10), () -> received() >= MAILS
				&& jdbc.sql("select count(*) from mail_outbox where status = 'PENDING'").query(Long.class).single() == 0);
		long done = System.nanoTime();

		double seconds = (done - committed) / 1e9;
		String result = String.format(java.util.Locale.ROOT,
				"mail bench: %d mails from commit to SMTP sink in %.1f s = %.0f mails/minute "
						+ "(sink=%s, rate-per-minute=%s, connections=%d, batch-size=%d; queueing took %.1f s)%n",
				MAILS, seconds, MAILS / seconds * 60, GREENMAIL ? "greenmail" : "scripted",
				settings.ratePerMinute() == 0 ? "unlimited" : settings.ratePerMinute(), settings.connections(),
				settings.batchSize(), (committed - queueStart) / 1e9);
		System.out.print(result);
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/mail-throughput.txt"), result);
		assertThat(received()).isEqualTo(MAILS);
	}

	private static int received() {
		return GREENMAIL ? greenMail.getReceivedMessages().length : scripted.accepted().size();
	}

	@AfterAll
	static void stopSink() throws java.io.IOException {
		if (greenMail != null) {
			greenMail.stop();
		}
		if (scripted != null) {
			scripted.close();
		}
	}
}
