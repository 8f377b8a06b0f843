package nl.alliantie.network.mailing;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.MailKey;
import nl.alliantie.mail.Outbox;
import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.time.WrittenDates;

/**
 * Every mail the network module sends goes through here, into the outbox, in the caller's
 * transaction, in the language of its reader: a call's recipient whose address is a person of
 * the register with a known language gets its frame in that language (the call's own title and
 * text are as the secretariat wrote them), everyone else Dutch.
 */
@Component
public class NetworkMail {

	static final Locale DUTCH = Locale.of("nl");

	private final Outbox outbox;

	private final MessageSource messages;

	private final AlliantieProperties properties;

	NetworkMail(Outbox outbox, MessageSource messages, AlliantieProperties properties) {
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
	}

	/** The language of mail for a stored language code ({@code nl}, {@code en} or {@code null}: Dutch). */
	public static Locale locale(@Nullable String language) {
		return "en".equals(language) ? Locale.ENGLISH : DUTCH;
	}

	/** The call to join with the personal reply link. */
	@Transactional
	public void call(long recipientId, String to, String recipientName, String title, String body, String replyPath,
			LocalDate replyBy, Locale locale) {
		outbox.queue(new MailKey("network-call", recipientId, to), new MailMessage(to, title, messages.getMessage("network.mail.call.text",
				new Object[] { recipientName, body, properties.absoluteUrl(replyPath), date(replyBy, locale), properties.name() },
				locale)));
	}

	/** The one reminder to a recipient who did not answer yet. */
	@Transactional
	public void reminder(long recipientId, String to, String recipientName, String title, String replyPath,
			LocalDate replyBy, Locale locale) {
		outbox.queue(new MailKey("network-call-reminder", recipientId, to), new MailMessage(to,
				messages.getMessage("network.mail.reminder.subject", new Object[] { title }, locale),
				messages.getMessage("network.mail.reminder.text",
						new Object[] { recipientName, title, properties.absoluteUrl(replyPath), date(replyBy, locale),
								properties.name() },
						locale)));
	}

	/** The link to a person's own data; {@code linkId} tells one request from the next. */
	@Transactional
	public void personalData(String linkId, String to, String name, String path, long hours, Locale locale) {
		outbox.queue(new MailKey("network-personal-data", linkId, to), new MailMessage(to,
				messages.getMessage("network.mail.data.subject", new Object[] { properties.name() }, locale),
				messages.getMessage("network.mail.data.text",
						new Object[] { name, properties.absoluteUrl(path), hours, properties.name() }, locale)));
	}

	private static String date(LocalDate date, Locale locale) {
		return WrittenDates.date(date, locale);
	}
}
