package nl.alliantie.mail;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.Accounts;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.mail.catcher.MailCatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The outbox with the application's own sender and the in-process SMTP catcher. */
@AlliantieTest
class OutboxTest {

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailCatcher catcher;

	@Autowired
	Accounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Test
	void theSameKeyQueuesOneMailHoweverOftenItIsQueued() {
		String to = "eens-" + UUID.randomUUID() + "@example.org";
		MailKey key = new MailKey("test-once", 42, to);
		MailMessage message = new MailMessage(to, "Eén keer", "Deze mail komt één keer.");
		transactions.executeWithoutResult(tx -> {
			assertThat(outbox.queue(key, message)).isTrue();
			assertThat(outbox.queue(key, message)).isFalse();
		});
		transactions.executeWithoutResult(
				tx -> assertThat(outbox.queue(new MailKey("test-once", 42, to.toUpperCase()), message)).isFalse());

		awaitSent(to);
		assertThat(rows(to)).isEqualTo(1);
		assertThat(catcher.to(to)).singleElement()
			.satisfies(mail -> assertThat(mail.messageId()).isEqualTo(messageId(to)));
	}

	@Test
	void attachmentsTravelWithTheMailAndAreRemovedOnceSent() {
		String to = "bijlage-" + UUID.randomUUID() + "@example.org";
		String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n";
		MailMessage message = new MailMessage(to, "Met bijlage", "Zie de bijlage.")
			.with(MailAttachment.calendar("overleg.ics", ics));
		transactions.executeWithoutResult(tx -> outbox.queue(new MailKey("test-file", 1, to), message));

		awaitSent(to);
		assertThat(catcher.to(to)).singleElement().satisfies(mail -> {
			assertThat(mail.text()).contains("Zie de bijlage.");
			assertThat(mail.file("overleg.ics")).hasValueSatisfying(file -> {
				assertThat(file.text()).isEqualTo(ics);
				assertThat(file.contentType()).startsWith("text/calendar").contains("method=PUBLISH");
			});
		});
		assertThat(jdbc.sql("""
				select count(*) from mail_outbox_attachment a join mail_outbox m on m.id = a.mail_id
				where m.recipient = :to""").param("to", to).query(Long.class).single()).isZero();
	}

	@Test
	void anAttachmentNeedsAPlainNameAndAModestSize() {
		assertThatThrownBy(() -> new MailAttachment("../x.ics", "text/calendar", new byte[1]))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new MailAttachment("groot.pdf", "application/pdf", new byte[MailAttachment.MAX_BYTES + 1]))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aMailQueuedInARolledBackTransactionIsNeverSent() {
		String to = "terug-" + UUID.randomUUID() + "@example.org";
		transactions.executeWithoutResult(tx -> {
			outbox.queue(new MailKey("test-rollback", 1, to), new MailMessage(to, "Nooit", "Deze mail gaat niet."));
			tx.setRollbackOnly();
		});
		String other = "wel-" + UUID.randomUUID() + "@example.org";
		transactions.executeWithoutResult(tx -> outbox.queue(new MailKey("test-rollback", 2, other),
				new MailMessage(other, "Wel", "Deze mail gaat wel.")));

		awaitSent(other);
		assertThat(rows(to)).isZero();
		assertThat(catcher.to(to)).isEmpty();
	}

	@Test
	void queueingOutsideATransactionIsRefused() {
		String to = "los-" + UUID.randomUUID() + "@example.org";
		assertThatThrownBy(() -> outbox.queue(new MailKey("test-loose", 1, to), new MailMessage(to, "Los", "Los")))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(rows(to)).isZero();
	}

	@Test
	void anInvitationToMakeAnAccountGoesThroughTheOutbox() {
		String to = "uitgenodigd-" + UUID.randomUUID() + "@example.org";
		accounts.invite(to, "Uitgenodigde", Grant.of(Role.REDACTIE), Locale.forLanguageTag("nl"));

		awaitSent(to);
		assertThat(jdbc.sql("select purpose from mail_outbox where recipient = :to").param("to", to)
			.query(String.class)
			.single()).isEqualTo(Accounts.INVITE);
		assertThat(catcher.to(to)).singleElement()
			.satisfies(mail -> assertThat(mail.text()).contains("/wachtwoord/"));
		assertThat(jdbc.sql("select body from mail_outbox where recipient = :to").param("to", to)
			.query(String.class)
			.optional()).as("a sent mail keeps no personal link").isEmpty();
	}

	@Test
	void anInvalidAddressFailsAtOnceAndTheSecretariatSeesWhy() throws Exception {
		String to = "geen-adres-" + UUID.randomUUID().toString().substring(0, 8);
		transactions.executeWithoutResult(tx -> outbox.queue(new MailKey("test-invalid", 1, to),
				new MailMessage(to, "Ongeldig", "Dit adres bestaat niet.")));

		await(() -> "FAILED".equals(outboxStatus(to)));
		mvc.perform(get("/beheer/postvak/uitgaand").param("toon", "mislukt").with(logins.secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(to)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ongeldig adres")));
	}

	@Test
	void onlyTheSecretariatSeesTheOutgoingMail() throws Exception {
		mvc.perform(get("/beheer/postvak/uitgaand").with(logins.as(new Grant(Role.REGIOCOORDINATOR, "noord"))))
			.andExpect(status().isForbidden());
		for (String view : List.of("wachtend", "verzonden", "mislukt", "onzin")) {
			mvc.perform(get("/beheer/postvak/uitgaand").param("toon", view).param("pagina", "2")
				.with(logins.secretariat())).andExpect(status().isOk());
		}
	}

	private void awaitSent(String to) {
		await(() -> "SENT".equals(outboxStatus(to)));
	}

	private String outboxStatus(String to) {
		return jdbc.sql("select status from mail_outbox where recipient = :to").param("to", to)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private String messageId(String to) {
		return jdbc.sql("select message_id from mail_outbox where recipient = :to").param("to", to)
			.query(String.class)
			.single();
	}

	private long rows(String to) {
		return jdbc.sql("select count(*) from mail_outbox where lower(recipient) = lower(:to)").param("to", to)
			.query(Long.class)
			.single();
	}

	static void await(BooleanSupplier condition) {
		awaitFor(Duration.ofSeconds(20), condition);
	}

	static void awaitFor(Duration within, BooleanSupplier condition) {
		Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(50)).until(condition::getAsBoolean);
	}
}
