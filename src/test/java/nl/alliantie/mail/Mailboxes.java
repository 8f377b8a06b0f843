package nl.alliantie.mail;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;

import nl.alliantie.mail.catcher.MailCatcher;

/** Mail leaves through the outbox after the commit: tests wait for it to arrive at the SMTP server. */
public final class Mailboxes {

	private Mailboxes() {
	}

	/** The mails to {@code address}, oldest first, once at least {@code count} have arrived. */
	public static List<MailCatcher.CaughtMail> waitFor(MailCatcher catcher, String address, int count) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> catcher.to(address), mails -> mails.size() >= count);
	}
}
