package nl.alliantie.mail;

import java.time.Duration;

import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxPropertiesTest {

	static OutboxProperties settings(int ratePerMinute, int connections) {
		return new OutboxProperties(ratePerMinute, connections, 200, Duration.ofMinutes(2), Duration.ofSeconds(10),
				Duration.ofMinutes(1), Duration.ofHours(2), 16, "");
	}

	@Test
	void theWaitDoublesUpToItsMaximum() {
		OutboxProperties settings = settings(0, 1);
		assertThat(settings.backoff(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(settings.backoff(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(settings.backoff(5)).isEqualTo(Duration.ofMinutes(16));
		assertThat(settings.backoff(8)).isEqualTo(Duration.ofHours(2));
		assertThat(settings.backoff(1000)).isEqualTo(Duration.ofHours(2));
	}

	@Test
	void aSlowRateClaimsNoMoreThanItSendsWithinHalfALease() {
		assertThat(settings(0, 1).claimSize()).isEqualTo(200);
		assertThat(settings(30_000, 1).claimSize()).isEqualTo(200);
		assertThat(settings(60, 1).claimSize()).isEqualTo(60);
		assertThat(settings(60, 2).claimSize()).isEqualTo(30);
		assertThat(settings(1, 4).claimSize()).isEqualTo(1);
	}

	@Test
	void serverRepliesTellTemporaryFromPermanent() {
		var full = new SMTPAddressFailedException(null, "RCPT", 452, "452 4.2.2 Mailbox full");
		var unknown = new SMTPAddressFailedException(null, "RCPT", 550, "550 5.1.1 No such user");
		var wrapped = new jakarta.mail.SendFailedException("Invalid Addresses", unknown);

		assertThat(SmtpDelivery.classify(full)).satisfies(failure -> {
			assertThat(failure.permanent()).isFalse();
			assertThat(failure.connectionLost()).isFalse();
		});
		assertThat(SmtpDelivery.classify(wrapped).permanent()).isTrue();
		assertThat(SmtpDelivery.classify(wrapped).reason()).contains("550 5.1.1");
		assertThat(SmtpDelivery.classify(new org.eclipse.angus.mail.smtp.SMTPSenderFailedException(null, "MAIL", 553,
				"553 5.7.1 Sender address rejected")).permanent()).as("our own address: fix the setting, keep the mail")
			.isFalse();
		assertThat(SmtpDelivery.classify(new AddressException("Missing domain", "iemand")).permanent()).isTrue();
		assertThat(SmtpDelivery.classify(new jakarta.mail.MessagingException("Could not connect",
				new java.net.ConnectException("refused")))).satisfies(failure -> {
					assertThat(failure.permanent()).isFalse();
					assertThat(failure.connectionLost()).isTrue();
				});
	}
}
