package nl.alliantie.mail;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.AlliantieTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail to an erased person that has not gone yet never goes, and keeps no trace of the address. */
@AlliantieTest
class ErasedRecipientTest {

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anUnsentMailToAnErasedAddressFailsWithTheReasonAndLosesItsRecipientAndBody() {
		String address = "Gewist-" + UUID.randomUUID() + "@test.alliantie.local";
		String other = "blijft-" + UUID.randomUUID() + "@test.alliantie.local";
		String object = UUID.randomUUID().toString();
		int touched = transactions.execute(tx -> {
			outbox.queue(new MailKey("erasure-test", object, address), new MailMessage(address, "Voor de gewiste", "Geheim"));
			outbox.queue(new MailKey("erasure-test", object, other), new MailMessage(other, "Voor een ander", "Tekst"));
			return outbox.forget(address.toLowerCase(java.util.Locale.ROOT));
		});
		assertThat(touched).isEqualTo(1);

		record Row(String recipient, String status, String body, String lastError) {
		}
		Row erased = jdbc.sql("select recipient, status, body, last_error from mail_outbox where purpose = 'erasure-test' and object_id = :o and subject = 'Voor de gewiste'")
			.param("o", object).query(Row.class).single();
		assertThat(erased.recipient()).startsWith("gewist-").endsWith("@gewist.invalid");
		assertThat(erased.status()).isEqualTo("FAILED");
		assertThat(erased.body()).isNull();
		assertThat(erased.lastError()).isEqualTo("De ontvanger is gewist.");
		assertThat(jdbc.sql("select recipient from mail_outbox where purpose = 'erasure-test' and object_id = :o and subject = 'Voor een ander'")
			.param("o", object).query(String.class).single()).isEqualTo(other);
	}
}
