package nl.alliantie.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.mail.catcher.MailCatcher;

import static nl.alliantie.mail.OutboxTest.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Delivery against mail servers that say no, and several senders on one database. The
 * application's own sender is held while a test drives a sender of its own.
 */
@AlliantieTest
class OutboxDeliveryTest {

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxStore store;

	@Autowired
	OutboxSender applicationSender;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailCatcher catcher;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Test
	void aTemporaryFailureIsTriedAgainWithGrowingWaitsUntilTheMailIsAccepted() throws Exception {
		String to = "tijdelijk-" + UUID.randomUUID() + "@example.org";
		AtomicInteger refusals = new AtomicInteger();
		try (var server = new ScriptedSmtpServer(
				address -> address.equals(to) && refusals.incrementAndGet() <= 2 ? "451 4.3.0 Probeer het later" : "250 OK");
				var held = applicationSender.hold()) {
			OutboxSender sender = sender(server.port(), Duration.ofSeconds(1));
			queue(to);

			// waits are measured after the fact, so they can only come out shorter than set
			sender.deliverDue();
			assertThat(row(to)).satisfies(row -> {
				assertThat(row.get("status")).isEqualTo("PENDING");
				assertThat(row.get("attempts")).isEqualTo(1);
				assertThat((String) row.get("last_error")).contains("451");
				assertThat((double) row.get("wait")).isBetween(0.5, 1.0);
			});
			sender.deliverDue();
			Map<String, Object> early = row(to);
			if ((double) early.get("wait") > 0) {
				assertThat(early.get("attempts")).as("not tried before it is due").isEqualTo(1);
			}

			await(() -> {
				sender.deliverDue();
				return (int) row(to).get("attempts") == 2;
			});
			assertThat((double) row(to).get("wait")).as("the wait doubles").isBetween(1.5, 2.0);

			await(() -> {
				sender.deliverDue();
				return "SENT".equals(row(to).get("status"));
			});
			assertThat(row(to).get("attempts")).isEqualTo(3);
			assertThat(server.accepted()).filteredOn(mail -> to.equals(mail.recipient()))
				.singleElement()
				.satisfies(mail -> assertThat(mail.messageId()).isEqualTo(row(to).get("message_id")));
		}
	}

	@Test
	void aPermanentFailureStopsAndShowsItsReasonToTheSecretariat() throws Exception {
		String to = "onbekend-" + UUID.randomUUID() + "@example.org";
		String after = "daarna-" + UUID.randomUUID() + "@example.org";
		try (var server = new ScriptedSmtpServer(
				address -> address.equals(to) ? "550 5.1.1 Deze brievenbus bestaat niet" : "250 OK");
				var held = applicationSender.hold()) {
			OutboxSender sender = sender(server.port(), Duration.ofMillis(400));
			transactions.executeWithoutResult(tx -> {
				outbox.queue(new MailKey("test-permanent", 1, to), new MailMessage(to, "Weg", "Komt niet aan."));
				outbox.queue(new MailKey("test-permanent", 2, after), new MailMessage(after, "Wel", "Komt aan."));
			});

			sender.deliverDue();
			assertThat(row(to)).satisfies(row -> {
				assertThat(row.get("status")).isEqualTo("FAILED");
				assertThat(row.get("attempts")).isEqualTo(1);
				assertThat((String) row.get("last_error")).contains("550 5.1.1 Deze brievenbus bestaat niet");
			});
			assertThat(row(after).get("status")).as("the connection goes on after a refusal").isEqualTo("SENT");
		}
		mvc.perform(get("/beheer/postvak/uitgaand").param("toon", "mislukt").with(logins.secretariat()))
			.andExpect(content().string(containsString(to)))
			.andExpect(content().string(containsString("550 5.1.1 Deze brievenbus bestaat niet")));
	}

	@Test
	void anUnreachableServerIsATemporaryFailure() throws Exception {
		String to = "onbereikbaar-" + UUID.randomUUID() + "@example.org";
		int closedPort;
		try (var socket = new java.net.ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		try (var held = applicationSender.hold()) {
			queue(to);
			sender(closedPort, Duration.ofMinutes(5)).deliverDue();
			assertThat(row(to)).satisfies(row -> {
				assertThat(row.get("status")).isEqualTo("PENDING");
				assertThat(row.get("attempts")).isEqualTo(1);
				assertThat((double) row.get("wait")).isGreaterThan(200);
			});
			// let the application deliver it after all
			jdbc.sql("update mail_outbox set next_attempt_at = now() where recipient = :to").param("to", to).update();
		}
		applicationSender.nudge();
		await(() -> "SENT".equals(row(to).get("status")));
	}

	@Test
	void claimsOfConcurrentSendersNeverOverlap() throws Exception {
		String prefix = "claim-" + UUID.randomUUID();
		int mails = 300;
		Map<Long, String> claimedBy = new ConcurrentHashMap<>();
		List<Long> doubles = Collections.synchronizedList(new ArrayList<>());
		try (var held = applicationSender.hold()) {
			transactions.executeWithoutResult(tx -> {
				for (int i = 0; i < mails; i++) {
					String to = prefix + "-" + i + "@example.org";
					outbox.queue(new MailKey("test-claim", i, to), new MailMessage(to, "Claim", "Claim " + i));
				}
			});
			CountDownLatch start = new CountDownLatch(1);
			List<Thread> claimers = new ArrayList<>();
			for (int t = 0; t < 6; t++) {
				String name = "claimer-" + t;
				claimers.add(Thread.ofPlatform().start(() -> {
					try {
						start.await();
					}
					catch (InterruptedException e) {
						return;
					}
					List<OutboxStore.OutboxMail> batch;
					while (!(batch = store.claim(7, Duration.ofMinutes(5), name)).isEmpty()) {
						for (OutboxStore.OutboxMail mail : batch) {
							if (claimedBy.putIfAbsent(mail.id(), name) != null) {
								doubles.add(mail.id());
							}
							store.markSent(mail.id());
						}
					}
				}));
			}
			start.countDown();
			for (Thread claimer : claimers) {
				claimer.join();
			}
		}
		assertThat(doubles).isEmpty();
		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient like :prefix and status = 'SENT'")
			.param("prefix", prefix + "-%")
			.query(Long.class)
			.single()).isEqualTo(mails);
		assertThat(new HashSet<>(claimedBy.values())).as("the work was shared").hasSizeGreaterThan(1);
	}

	@Test
	void severalSendersDeliverEveryMailExactlyOnce() throws Exception {
		String prefix = "samen-" + UUID.randomUUID();
		int mails = 400;
		transactions.executeWithoutResult(tx -> {
			for (int i = 0; i < mails; i++) {
				String to = prefix + "-" + i + "@example.org";
				outbox.queue(new MailKey("test-together", i, to), new MailMessage(to, "Samen", "Mail " + i));
			}
		});
		// the application's own sender, woken by the commit, races four more against the same catcher
		List<Thread> senders = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			OutboxSender sender = sender(catcher.port(), Duration.ofSeconds(1));
			senders.add(Thread.ofPlatform().start(sender::deliverDue));
		}
		for (Thread sender : senders) {
			sender.join();
		}
		await(() -> jdbc.sql("select count(*) from mail_outbox where recipient like :prefix and status = 'SENT'")
			.param("prefix", prefix + "-%")
			.query(Long.class)
			.single() == mails);

		Map<String, Integer> received = new HashMap<>();
		for (MailCatcher.CaughtMail mail : catcher.newestFirst(0, catcher.count())) {
			if (mail.to().startsWith(prefix)) {
				received.merge(mail.to(), 1, Integer::sum);
			}
		}
		assertThat(received).hasSize(mails);
		assertThat(Set.copyOf(received.values())).containsExactly(1);
	}

	private void queue(String to) {
		transactions.executeWithoutResult(
				tx -> outbox.queue(new MailKey("test-delivery", 1, to), new MailMessage(to, "Test", "Een test.")));
	}

	private Map<String, Object> row(String to) {
		return jdbc.sql("""
				select status, attempts, last_error, message_id,
				       extract(epoch from next_attempt_at - now())::float8 as wait
				from mail_outbox where recipient = :to
				""")
			.param("to", to)
			.query()
			.singleRow();
	}

	private OutboxSender sender(int port, Duration retryBase) {
		JavaMailSenderImpl server = new JavaMailSenderImpl();
		server.setHost("127.0.0.1");
		server.setPort(port);
		Properties timeouts = new Properties();
		timeouts.setProperty("mail.smtp.connectiontimeout", "2000");
		timeouts.setProperty("mail.smtp.timeout", "5000");
		server.setJavaMailProperties(timeouts);
		OutboxProperties settings = new OutboxProperties(0, 1, 20, Duration.ofMinutes(1), Duration.ofSeconds(1),
				retryBase, Duration.ofMinutes(10), 5, "");
		return new OutboxSender(store, new SmtpDelivery(server, "secretariaat@alliantie.local", "Alliantie"), settings,
				new SimpleMeterRegistry());
	}
}
