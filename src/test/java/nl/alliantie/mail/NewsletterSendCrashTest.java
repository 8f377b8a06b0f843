package nl.alliantie.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import nl.alliantie.AlliantieTest;
import nl.alliantie.newsletter.NewsletterFixtures;
import nl.alliantie.newsletter.sending.Sending;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An issue sent to 10,000 subscribers survives a crash of the sending instance: afterwards every
 * subscriber has it once, and only the mails in flight at the crash arrive twice, with the same
 * Message-ID, in a GreenMail on a free port.
 * <p>
 * The crash is simulated at the outbox's claim boundary rather than by {@code kill -9} of a second
 * JVM (which {@link OutboxCrashDrillTest} does for 2,000 mails: two JVM starts on the shared two
 * cores would make this suite minutes slower). A kill leaves exactly this state in the database,
 * and nothing else: instance A's two connections have claimed a batch each; each has handed mails
 * to the server and marked them sent one by one; the last mail each handed over was accepted by
 * the server but not yet marked (in flight); the rest of both batches stays claimed under A's
 * lease. Instance A then does nothing more (it is dead); instance B, a fresh sender, delivers
 * what is due, and A's claimed mails once A's lease has run out. The test builds that state with
 * the outbox's own claim, send and mark, then lets B's real sender finish.
 */
@AlliantieTest
class NewsletterSendCrashTest {

	static final int SUBSCRIBERS = 10_000;

	static final Duration LEASE = Duration.ofSeconds(2);

	@Autowired
	OutboxStore store;

	@Autowired
	OutboxSender applicationSender;

	@Autowired
	NewsletterFixtures fixtures;

	@Autowired
	Sending sending;

	@Autowired
	JdbcClient jdbc;

	private final String prefix = "crash-" + UUID.randomUUID().toString().substring(0, 8);

	private GreenMail server;

	@Test
	void afterACrashEverySubscriberHasTheIssueOnceAndOnlyMailsInFlightArriveTwiceWithTheSameMessageId()
			throws Exception {
		server = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		server.start();
		SmtpDelivery smtp = new SmtpDelivery(mailServer(server.getSmtp().getPort()), "secretariaat@alliantie.local",
				"Alliantie", "bounces@alliantie.local");
		assertThat(fixtures.subscribers(prefix, SUBSCRIBERS)).isEqualTo(SUBSCRIBERS);
		long issue = fixtures.issueWithArticle("Na de crash " + prefix, "Stuk " + prefix, "Tekst.");

		List<String> inFlight = new ArrayList<>();
		try (var held = applicationSender.hold()) {
			int queued = sending.send(issue);
			assertThat(queued).isGreaterThanOrEqualTo(SUBSCRIBERS);

			// instance A, two connections: 150 and 40 mails delivered and marked, then one accepted but not marked
			for (int[] connection : new int[][] { { 1, 150 }, { 2, 40 } }) {
				List<OutboxStore.OutboxMail> batch = store.claim(200, LEASE, "A/" + connection[0]);
				assertThat(batch).hasSize(200);
				Transport transport = smtp.connect();
				try {
					for (int i = 0; i < connection[1]; i++) {
						smtp.send(transport, batch.get(i));
						store.markSent(batch.get(i).id());
					}
					OutboxStore.OutboxMail last = batch.get(connection[1]);
					smtp.send(transport, last);
					if (last.subject().contains(prefix)) {
						// (a mail another test left due may share the batch; it is counted elsewhere)
						inFlight.add(last.recipient());
					}
				}
				finally {
					transport.close();
				}
			}
			// killed here: A's claims hold until its lease runs out

			// instance B starts and delivers everything due, A's mails once A's lease has run out
			OutboxSender restarted = new OutboxSender(store, smtp,
					new OutboxProperties(0, 1, 500, Duration.ofMinutes(1), Duration.ofSeconds(1), Duration.ofSeconds(1),
							Duration.ofMinutes(10), 5, "bounces@alliantie.local"),
					new SimpleMeterRegistry());
			Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> {
				restarted.deliverDue();
				return sending.report(issue).progress().done();
			});
		}

		Map<String, String> stored = new HashMap<>();
		jdbc.sql("select recipient, message_id from mail_outbox where purpose = :p and object_id = :o")
			.param("p", Sending.PURPOSE).param("o", Long.toString(issue))
			.query(rs -> {
				stored.put(rs.getString(1), rs.getString(2));
			});
		assertThat(sending.report(issue).progress().sent()).isEqualTo(stored.size());
		Map<String, List<String>> received = new HashMap<>();
		for (MimeMessage message : server.getReceivedMessages()) {
			if (message.getSubject().contains(prefix)) {
				received.computeIfAbsent(message.getAllRecipients()[0].toString(), r -> new ArrayList<>())
					.add(message.getMessageID());
			}
		}
		List<String> twice = received.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey)
			.sorted().toList();
		System.out.printf("Newsletter crash: %d mails, %d received, twice: %s%n", stored.size(),
				received.values().stream().mapToInt(List::size).sum(), twice);

		assertThat(received.keySet()).as("every subscriber has the issue").isEqualTo(stored.keySet());
		assertThat(inFlight).as("mails of the issue in flight").isNotEmpty();
		assertThat(twice).as("only the mails in flight at the crash arrive twice").containsExactlyInAnyOrderElementsOf(inFlight);
		for (Map.Entry<String, List<String>> entry : received.entrySet()) {
			assertThat(Set.copyOf(entry.getValue())).as("Message-ID of every copy to %s", entry.getKey())
				.containsExactly(stored.get(entry.getKey()));
		}
		assertThat(Set.copyOf(stored.values())).as("one Message-ID per recipient").hasSize(stored.size());
	}

	private static JavaMailSenderImpl mailServer(int port) {
		JavaMailSenderImpl mailServer = new JavaMailSenderImpl();
		mailServer.setHost("127.0.0.1");
		mailServer.setPort(port);
		Properties timeouts = new Properties();
		timeouts.setProperty("mail.smtp.connectiontimeout", "2000");
		timeouts.setProperty("mail.smtp.timeout", "10000");
		mailServer.setJavaMailProperties(timeouts);
		return mailServer;
	}

	@AfterEach
	void cleanUp() {
		fixtures.removeSubscribers(prefix);
		if (server != null) {
			server.stop();
		}
	}
}
