package nl.alliantie.mail;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a mail leaves: with a bounce address set, each mail's envelope sender names the mail (VERP),
 * so a bounce can be traced; the List-Unsubscribe mailto goes to the same mailbox; and the socket
 * sends at once (TCP_NODELAY), so no mail waits for the server's delayed acknowledgement.
 */
class ReturnPathTest {

	private final OutboxStore.OutboxMail mail = new OutboxStore.OutboxMail(7, "lezer@example.org", "<x@alliantie.local>",
			"Onderwerp", "Tekst", Instant.parse("2026-12-07T10:00:00Z"), 1, List.of());

	@Test
	void eachMailHasItsOwnReturnPath() throws Exception {
		SmtpDelivery smtp = new SmtpDelivery(new JavaMailSenderImpl(), "secretariaat@alliantie.local", "Alliantie",
				"bounces@alliantie.local");
		assertThat(smtp.compose(mail).getEnvelopeFrom()).isEqualTo("bounces+m7@alliantie.local");
	}

	@Test
	void withoutABounceAddressTheServerUsesTheSender() throws Exception {
		SmtpDelivery smtp = new SmtpDelivery(new JavaMailSenderImpl(), "secretariaat@alliantie.local", "Alliantie", "");
		assertThat(smtp.compose(mail).getEnvelopeFrom()).isNull();
	}

	@Test
	void theUnsubscribeMailtoGoesToTheBounceMailbox() {
		assertThat(Outbox.unsubscribeAddress("bounces@alliantie.local", "secretariaat@alliantie.local"))
			.isEqualTo("bounces+afmelden@alliantie.local");
		assertThat(Outbox.unsubscribeAddress("", "secretariaat@alliantie.local")).isEqualTo("secretariaat@alliantie.local");
	}

	@Test
	void mailsLeaveWithoutWaitingForTheServersDelayedAcknowledgement() throws Exception {
		JavaMailSenderImpl server = new JavaMailSenderImpl();
		new SmtpDelivery(server, "secretariaat@alliantie.local", "Alliantie", "");
		Object factory = server.getSession().getProperties().get("mail.smtp.socketFactory");
		assertThat(factory).isInstanceOf(javax.net.SocketFactory.class);
		try (java.net.Socket socket = ((javax.net.SocketFactory) factory).createSocket()) {
			assertThat(socket.getTcpNoDelay()).isTrue();
		}
	}
}
