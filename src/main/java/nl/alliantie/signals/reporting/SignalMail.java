package nl.alliantie.signals.reporting;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.Mailer;

/**
 * Every mail the signals module sends goes through here, so the switch to the mail outbox is one
 * change. A failed confirmation mail does not undo the report: the reporter saw the link on the
 * confirmation page already.
 */
@Component
public class SignalMail {

	private static final Logger LOG = LoggerFactory.getLogger(SignalMail.class);

	private final Mailer mailer;

	private final MessageSource messages;

	SignalMail(Mailer mailer, MessageSource messages) {
		this.mailer = mailer;
		this.messages = messages;
	}

	/** The confirmation with the private follow link. */
	void confirmation(String to, String title, String followUrl, Locale locale) {
		try {
			mailer.send(new MailMessage(to, messages.getMessage("signals.mail.subject", null, locale),
					messages.getMessage("signals.mail.body", new Object[] { title, followUrl }, locale)));
		}
		catch (MailException e) {
			LOG.warn("Confirmation of a signal not sent: {}", e.getMessage());
		}
	}
}
