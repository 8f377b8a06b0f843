package nl.alliantie.signals.reporting;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.alliantie.mail.MailKey;
import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.Outbox;

/** Every mail the signals module sends goes through here, into the outbox, in the caller's transaction. */
@Component
public class SignalMail {

	private final Outbox outbox;

	private final MessageSource messages;

	SignalMail(Outbox outbox, MessageSource messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	/** The confirmation with the private follow link: once per signal. */
	void confirmation(long signalId, String to, String title, String followUrl, Locale locale) {
		outbox.queue(new MailKey("signal-confirmation", signalId, to),
				new MailMessage(to, messages.getMessage("signals.mail.subject", null, locale),
						messages.getMessage("signals.mail.body", new Object[] { title, followUrl }, locale)));
	}
}
