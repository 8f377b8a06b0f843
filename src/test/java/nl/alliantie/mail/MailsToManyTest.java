package nl.alliantie.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.AlliantieTest;
import nl.alliantie.mail.catcher.MailCatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One mail for many recipients (a newsletter issue): stored once, filled in per recipient, sent once each. */
@AlliantieTest
class MailsToManyTest {

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailCatcher catcher;

	private static final MailTemplate ISSUE = new MailTemplate("Nieuwsbrief 3: werk",
			"Beste lezer,\n\nAfmelden: {{afmelden}}\n", "<p>Beste lezer,</p><p><a href=\"{{afmelden}}\">Afmelden</a> {{naam}}</p>",
			Map.of("List-Unsubscribe", "<{{afmelden}}>, <mailto:afmelden@alliantie.local?subject={{token}}>",
					"List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));

	@Test
	void eachRecipientGetsTheirOwnFilledInMailOnceWithBothPartsAndTheHeaders() throws Exception {
		String object = UUID.randomUUID().toString();
		List<MailTemplate.Recipient> recipients = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String token = "t" + i + UUID.randomUUID();
			recipients.add(new MailTemplate.Recipient("lezer" + i + "-" + object + "@example.org",
					Map.of("afmelden", "https://alliantie.local/nieuwsbrief/afmelden/" + token, "token", token,
							"naam", "<b>Lezer & " + i + "</b>")));
		}
		int first = transactions.execute(tx -> outbox.queueAll("nieuwsbrief", object, ISSUE, recipients));
		// started twice: the second start finds everyone served
		int second = transactions.execute(tx -> outbox.queueAll("nieuwsbrief", object, ISSUE, recipients));
		assertThat(first).isEqualTo(3);
		assertThat(second).isZero();
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> outbox.progress("nieuwsbrief", object).done());
		assertThat(outbox.progress("nieuwsbrief", object)).isEqualTo(new MailTemplate.Progress(0, 0, 3, 0));

		MailTemplate.Recipient one = recipients.get(1);
		assertThat(catcher.to(one.address())).singleElement().satisfies(caught -> {
			MimeMessage message = catcher.message(caught.number()).orElseThrow();
			assertThat(message.getSubject()).isEqualTo("Nieuwsbrief 3: werk");
			assertThat(MimeUtility.unfold(message.getHeader("List-Unsubscribe", null))).isEqualTo("<" + one.values().get("afmelden")
					+ ">, <mailto:afmelden@alliantie.local?subject=" + one.values().get("token") + ">");
			assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
			assertThat(message.getContentType()).startsWith("multipart/alternative");
			Multipart parts = (Multipart) message.getContent();
			assertThat(parts.getCount()).isEqualTo(2);
			assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
			assertThat((String) parts.getBodyPart(0).getContent()).contains("Afmelden: " + one.values().get("afmelden"));
			assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
			// values are escaped in the HTML part
			assertThat((String) parts.getBodyPart(1).getContent()).contains("href=\"" + one.values().get("afmelden") + "\"")
				.contains("&lt;b&gt;Lezer &amp; 1&lt;/b&gt;");
		});
		// the per-recipient values (personal links) are gone once sent; the rows are small
		assertThat(jdbc.sql("select count(*) from mail_outbox where object_id = :o and (variables is not null or body is not null)")
			.param("o", object).query(Long.class).single()).isZero();
	}

	@Test
	void aPausedSendWaitsAndGoesOnWhenResumed() {
		String object = UUID.randomUUID().toString();
		List<MailTemplate.Recipient> recipients = List.of(
				new MailTemplate.Recipient("pauze-" + object + "@example.org", Map.of("afmelden", "https://a/b", "token", "x", "naam", "P")));
		transactions.executeWithoutResult(tx -> {
			outbox.queueAll("nieuwsbrief", object, ISSUE, recipients);
			// paused in the same transaction: the sender never sees it pending
			assertThat(outbox.hold("nieuwsbrief", object)).isEqualTo(1);
		});
		assertThat(outbox.progress("nieuwsbrief", object)).isEqualTo(new MailTemplate.Progress(0, 1, 0, 0));
		assertThat(outbox.progress("nieuwsbrief", object).done()).isFalse();
		transactions.executeWithoutResult(tx -> assertThat(outbox.resume("nieuwsbrief", object)).isEqualTo(1));
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> outbox.progress("nieuwsbrief", object).sent() == 1);
	}

	@Test
	void aRecipientWithoutAValueForAPlaceIsRefusedBeforeAnythingIsQueued() {
		String object = UUID.randomUUID().toString();
		assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> outbox.queueAll("nieuwsbrief", object, ISSUE,
				List.of(new MailTemplate.Recipient("x-" + object + "@example.org", Map.of("afmelden", "https://a/b"))))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(outbox.progress("nieuwsbrief", object).total()).isZero();
		assertThatThrownBy(() -> new MailTemplate("Onderwerp", "tekst", null, Map.of("Bcc", "iemand@example.org")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new MailTemplate.Recipient("a@example.org", Map.of("x", "een\r\nBcc: b@example.org")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aSingleMailCanCarryHtmlAndHeadersToo() throws Exception {
		String to = "los-" + UUID.randomUUID() + "@example.org";
		MailMessage message = new MailMessage(to, "Bevestig", "Tekst").withHtml("<p>Tekst</p>")
			.withHeader("Auto-Submitted", "auto-generated");
		transactions.executeWithoutResult(tx -> outbox.queue(new MailKey("test-html", 1, to), message));
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> catcher.to(to).size() == 1);
		MimeMessage received = catcher.message(catcher.to(to).get(0).number()).orElseThrow();
		assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
		assertThat(received.getContentType()).startsWith("multipart/alternative");
	}
}
