package nl.alliantie.newsletter.editorial;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.accounts.Accounts;
import nl.alliantie.accounts.Role;
import nl.alliantie.mail.MailKey;
import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.Outbox;
import nl.alliantie.shared.AlliantieProperties;

/**
 * A week before a copy deadline, every correspondent gets a reminder through the outbox. The issue
 * is marked reminded in the same transaction and each mail has its key, so several instances and
 * repeated runs remind once.
 */
@Component
public class CopyReminders {

	static final int DAYS_BEFORE = 7;

	private static final Logger log = LoggerFactory.getLogger(CopyReminders.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl"));

	private final Issues issues;

	private final Accounts accounts;

	private final Outbox outbox;

	private final MessageSource messages;

	private final AlliantieProperties properties;

	CopyReminders(Issues issues, Accounts accounts, Outbox outbox, MessageSource messages,
			AlliantieProperties properties) {
		this.issues = issues;
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${alliantie.newsletter.reminder-interval:PT15M}", initialDelay = 90_000)
	@Transactional
	public int remind() {
		int sent = 0;
		for (Issues.Issue issue : issues.dueForReminder(DAYS_BEFORE)) {
			for (String correspondent : accounts.emailsWith(Role.CORRESPONDENT)) {
				Locale nl = Locale.forLanguageTag("nl");
				boolean queued = outbox.queue(new MailKey("newsletter-copy-reminder", issue.id(), correspondent),
						new MailMessage(correspondent,
								messages.getMessage("newsletter.mail.reminder.subject", new Object[] { issue.label(), issue.theme() }, nl),
								messages.getMessage("newsletter.mail.reminder.text", new Object[] { issue.label(), issue.theme(),
										DATE.format(issue.copyDeadline()), properties.absoluteUrl("/beheer/nieuwsbrief/stukken/nieuw"),
										properties.name() }, nl)));
				sent += queued ? 1 : 0;
			}
		}
		if (sent > 0) {
			log.info("Reminded {} correspondents of a copy deadline", sent);
		}
		return sent;
	}
}
