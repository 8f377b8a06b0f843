package nl.alliantie.newsletter.editorial;

import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import nl.alliantie.network.Network;
import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.time.WrittenDates;

/**
 * A week before a copy deadline, every correspondent gets a reminder through the outbox. The issue
 * is marked reminded in the same transaction and each mail has its key, so several instances and
 * repeated runs remind once.
 */
@Component
public class CopyReminders {

	static final int DAYS_BEFORE = 7;

	private static final Logger log = LoggerFactory.getLogger(CopyReminders.class);

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final Issues issues;

	private final Accounts accounts;

	private final Outbox outbox;

	private final MessageSource messages;

	private final AlliantieProperties properties;

	private final Network network;

	CopyReminders(Issues issues, Accounts accounts, Outbox outbox, MessageSource messages,
			AlliantieProperties properties, Network network) {
		this.network = network;
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
		List<Issues.Issue> due = issues.dueForReminder(DAYS_BEFORE);
		if (due.isEmpty()) {
			return 0;
		}
		List<String> correspondents = accounts.emailsWith(Role.CORRESPONDENT);
		// each in the language the register keeps for the correspondent, Dutch when it knows none
		Map<String, Locale> languages = network.languagesOf(correspondents);
		for (Issues.Issue issue : due) {
			for (String correspondent : correspondents) {
				Locale nl = languages.getOrDefault(correspondent.trim().toLowerCase(Locale.ROOT), DUTCH);
				boolean queued = outbox.queue(new MailKey("newsletter-copy-reminder", issue.id(), correspondent),
						new MailMessage(correspondent,
								messages.getMessage("newsletter.mail.reminder.subject", new Object[] { issue.label(), issue.theme() }, nl),
								messages.getMessage("newsletter.mail.reminder.text", new Object[] { issue.label(), issue.theme(),
										WrittenDates.date(issue.copyDeadline(), nl), properties.absoluteUrl("/beheer/nieuwsbrief/stukken/nieuw"),
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
