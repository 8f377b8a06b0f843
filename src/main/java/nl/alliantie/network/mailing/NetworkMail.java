package nl.alliantie.network.mailing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.Mailer;
import nl.alliantie.shared.AlliantieProperties;

/**
 * Every mail the network module sends goes through here, so that the switch to the outbox is one
 * change in one class. Recipients of calls have no account and no known language: mails are Dutch.
 */
@Component
public class NetworkMail {

	static final Locale DUTCH = Locale.of("nl");

	private final Mailer mailer;

	private final MessageSource messages;

	private final AlliantieProperties properties;

	NetworkMail(Mailer mailer, MessageSource messages, AlliantieProperties properties) {
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
	}

	/** The call to join with the personal reply link. */
	public void call(String to, String recipientName, String title, String body, String replyPath, LocalDate replyBy) {
		mailer.send(new MailMessage(to, title, messages.getMessage("network.mail.call.text",
				new Object[] { recipientName, body, properties.absoluteUrl(replyPath), date(replyBy), properties.name() },
				DUTCH)));
	}

	/** The one reminder to a recipient who did not answer yet. */
	public void reminder(String to, String recipientName, String title, String replyPath, LocalDate replyBy) {
		mailer.send(new MailMessage(to,
				messages.getMessage("network.mail.reminder.subject", new Object[] { title }, DUTCH),
				messages.getMessage("network.mail.reminder.text",
						new Object[] { recipientName, title, properties.absoluteUrl(replyPath), date(replyBy),
								properties.name() },
						DUTCH)));
	}

	/** The link to a person's own data. */
	public void personalData(String to, String name, String path, long hours, Locale locale) {
		mailer.send(new MailMessage(to,
				messages.getMessage("network.mail.data.subject", new Object[] { properties.name() }, locale),
				messages.getMessage("network.mail.data.text",
						new Object[] { name, properties.absoluteUrl(path), hours, properties.name() }, locale)));
	}

	private static String date(LocalDate date) {
		return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH));
	}
}
