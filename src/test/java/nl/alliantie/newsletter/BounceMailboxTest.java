package nl.alliantie.newsletter;

import java.time.Duration;
import java.util.UUID;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.mail.bounces.BounceReader;
import nl.alliantie.mail.bounces.DeliveryReports;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.newsletter.sending.Sending;
import nl.alliantie.shared.events.EventsHeard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Delivery reports (RFC 3464) and unsubscribe mails read from a bounce mailbox over IMAP
 * (GreenMail on a free port): a hard bounce suspends the address at once, soft bounces once mails
 * of three issues came back, the {@code mailto:} of List-Unsubscribe ends the subscription; a report
 * read twice counts once; the editors see why and per issue how many bounced. Without a bounce
 * mailbox the in-app mail catcher receives the reports.
 */
@AlliantieTest
class BounceMailboxTest {

	static final String BOUNCES = "bounces@test.alliantie.local";

	@Autowired
	BounceReader reader;

	@Autowired
	NewsletterFixtures fixtures;

	@Autowired
	Sending sending;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventsHeard events;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	MailCatcher catcher;

	private GreenMail imap;

	private GreenMailUser mailbox;

	@BeforeEach
	void startMailbox() {
		imap = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
		imap.start();
		mailbox = imap.setUser(BOUNCES, BOUNCES, "geheim");
	}

	@AfterEach
	void stopMailbox() {
		imap.stop();
	}

	@Test
	void reportsSuspendAddressesAndAnUnsubscribeMailEndsASubscription() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String gone = fixtures.subscriber("weg-" + run + "@test.alliantie.local", "CONFIRMED");
		String full = fixtures.subscriber("vol-" + run + "@test.alliantie.local", "CONFIRMED");
		String leaver = fixtures.subscriber("weg-per-mail-" + run + "@test.alliantie.local", "CONFIRMED");
		long[] issues = new long[3];
		for (int i = 0; i < issues.length; i++) {
			issues[i] = fixtures.issueWithArticle("Bounces " + run + " " + i, "Stuk " + run + " " + i, "Tekst.");
			sending.send(issues[i]);
			long issue = issues[i];
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> sending.report(issue).progress().done());
		}

		// hard, named by the VERP return path; soft, named only by the returned Message-ID
		mailbox.deliver(DeliveryReports.dsn("<hard-" + run + "@mx.example.org>",
				"bounces+m" + mailId(issues[0], gone) + "@test.alliantie.local", gone, "failed", "5.1.1",
				"550 5.1.1 User unknown", null));
		mailbox.deliver(DeliveryReports.dsn("<soft-0-" + run + "@mx.example.org>", BOUNCES, full, "failed", "4.2.2",
				"452 4.2.2 Mailbox full", messageId(issues[0], full)));
		mailbox.deliver(DeliveryReports.outOfOffice("<ooo-" + run + "@example.org>", BOUNCES));
		mailbox.deliver(DeliveryReports.unsubscribe("<leave-" + run + "@example.org>", leaver,
				"bounces+afmelden@test.alliantie.local", token(leaver)));

		BounceReader.Mailbox settings = new BounceReader.Mailbox("127.0.0.1", imap.getImap().getPort(), BOUNCES,
				"geheim", "none", "INBOX");
		assertThat(reader.read(settings, 100)).isEqualTo(new BounceReader.Round(1 + 1, 1, 1));
		events.await();
		assertThat(status(gone)).isEqualTo("SUSPENDED");
		assertThat(reason(gone)).contains("5.1.1").contains("User unknown");
		assertThat(status(full)).isEqualTo("CONFIRMED");
		assertThat(status(leaver)).isEqualTo("UNSUBSCRIBED");
		// read and deleted: only the out-of-office reply stays, read, for a person
		assertThat(imap.getReceivedMessages()).hasSize(1);
		assertThat(reader.read(settings, 100)).isEqualTo(new BounceReader.Round(0, 0, 0));

		// the same report again (a crash before it left the mailbox) counts once; two more issues bounce softly
		mailbox.deliver(DeliveryReports.dsn("<hard-" + run + "@mx.example.org>",
				"bounces+m" + mailId(issues[0], gone) + "@test.alliantie.local", gone, "failed", "5.1.1",
				"550 5.1.1 User unknown", null));
		mailbox.deliver(DeliveryReports.dsn("<soft-1-" + run + "@mx.example.org>",
				"bounces+m" + mailId(issues[1], full) + "@test.alliantie.local", full, "failed", "4.2.2",
				"452 4.2.2 Mailbox full", null));
		assertThat(reader.read(settings, 100)).isEqualTo(new BounceReader.Round(2, 0, 0));
		events.await();
		assertThat(jdbc.sql("select count(*) from newsletter_bounce where report_id = :r")
			.param("r", "<hard-" + run + "@mx.example.org>").query(Long.class).single()).isEqualTo(1L);
		assertThat(status(full)).as("two issues bounced softly").isEqualTo("CONFIRMED");

		mailbox.deliver(DeliveryReports.dsn("<soft-2-" + run + "@mx.example.org>",
				"bounces+m" + mailId(issues[2], full) + "@test.alliantie.local", full, "failed", "4.2.2",
				"452 4.2.2 Mailbox full", null));
		assertThat(reader.read(settings, 100).bounces()).isEqualTo(1);
		events.await();
		assertThat(status(full)).as("three issues bounced softly").isEqualTo("SUSPENDED");
		assertThat(reason(full)).contains("3×").contains("Mailbox full");

		assertThat(sending.report(issues[0]).bounces()).isEqualTo(2);
		assertThat(sending.report(issues[0]).unsubscribes()).isZero();
		mvc.perform(get("/beheer/nieuwsbrief/abonnees").param("stand", "SUSPENDED").with(logins.as(Grant.of(Role.REDACTIE))))
			.andExpect(content().string(containsString(gone)))
			.andExpect(content().string(containsString("550 5.1.1 User unknown")));
		mvc.perform(get("/beheer/nieuwsbrief/nummers/" + issues[0]).with(logins.as(Grant.of(Role.REDACTIE))))
			.andExpect(content().string(containsString(gone)))
			.andExpect(content().string(containsString("452 4.2.2 Mailbox full")));
	}

	@Test
	void withoutABounceMailboxTheMailCatcherReceivesTheReports() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String gone = fixtures.subscriber("weg-catcher-" + run + "@test.alliantie.local", "CONFIRMED");
		String leaver = fixtures.subscriber("weg-catcher-per-mail-" + run + "@test.alliantie.local", "CONFIRMED");
		long issue = fixtures.issueWithArticle("Catcher " + run, "Stuk " + run, "Tekst.");
		sending.send(issue);
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> sending.report(issue).progress().done());

		// without a bounce address the return path is the sender: the report names the mail by its Message-ID
		Session session = Session.getInstance(new java.util.Properties());
		try (Transport smtp = session.getTransport("smtp")) {
			smtp.connect("127.0.0.1", catcher.port(), null, null);
			MimeMessage report = DeliveryReports.dsn("<catcher-hard-" + run + "@mx.example.org>", "secretariaat@alliantie.local",
					gone, "failed", "5.1.1", "550 5.1.1 No such user", messageId(issue, gone));
			smtp.sendMessage(report, new Address[] { new InternetAddress("secretariaat@alliantie.local") });
			MimeMessage leave = DeliveryReports.unsubscribe("<catcher-leave-" + run + "@example.org>", leaver,
					"secretariaat@alliantie.local", token(leaver));
			smtp.sendMessage(leave, new Address[] { new InternetAddress("secretariaat@alliantie.local") });
		}
		Awaitility.await().atMost(Duration.ofSeconds(30))
			.until(() -> catcher.to("secretariaat@alliantie.local").stream().anyMatch(m -> m.subject().contains(token(leaver))));
		// the round the application runs every minute, run now (whichever runs first reads them, once)
		reader.readCaught(catcher);
		events.await();
		assertThat(status(gone)).isEqualTo("SUSPENDED");
		assertThat(reason(gone)).contains("550 5.1.1 No such user");
		assertThat(status(leaver)).isEqualTo("UNSUBSCRIBED");
		assertThat(reader.readCaught(catcher).bounces()).isZero();
	}

	private long mailId(long issue, String recipient) {
		return jdbc.sql("select id from mail_outbox where purpose = :p and object_id = :o and recipient = :r")
			.param("p", Sending.PURPOSE).param("o", Long.toString(issue)).param("r", recipient)
			.query(Long.class).single();
	}

	private String messageId(long issue, String recipient) {
		return jdbc.sql("select message_id from mail_outbox where purpose = :p and object_id = :o and recipient = :r")
			.param("p", Sending.PURPOSE).param("o", Long.toString(issue)).param("r", recipient)
			.query(String.class).single();
	}

	private String token(String email) {
		return jdbc.sql("select unsubscribe_token from newsletter_subscriber where email = :e").param("e", email)
			.query(String.class).single();
	}

	private String status(String email) {
		return jdbc.sql("select status from newsletter_subscriber where email = :e").param("e", email)
			.query(String.class).single();
	}

	private String reason(String email) {
		return jdbc.sql("select suspended_reason from newsletter_subscriber where email = :e").param("e", email)
			.query(String.class).single();
	}
}
