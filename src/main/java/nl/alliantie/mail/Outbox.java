package nl.alliantie.mail;

import java.util.Collection;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.alliantie.shared.AlliantieProperties;

/**
 * The only way the platform sends mail. {@link #queue} writes the mail in the caller's
 * transaction, so it goes out if and only if the change that causes it is committed; the sender
 * delivers it within a second of that commit.
 */
@Service
public class Outbox {

	private final OutboxStore store;

	private final TransactionSynchronization nudge;

	private final org.springframework.beans.factory.ObjectProvider<nl.alliantie.mail.catcher.MailCatcher> catcher;

	private final String unsubscribeAddress;

	Outbox(OutboxStore store, OutboxSender sender, OutboxProperties settings, AlliantieProperties properties,
			org.springframework.beans.factory.ObjectProvider<nl.alliantie.mail.catcher.MailCatcher> catcher) {
		this.catcher = catcher;
		this.store = store;
		this.unsubscribeAddress = unsubscribeAddress(settings.bounceAddress(), properties.mail().from());
		this.nudge = new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				sender.nudge();
			}
		};
	}

	/**
	 * Queues {@code message} unless a mail with this key was queued before.
	 *
	 * @return whether it was queued now
	 * @throws org.springframework.transaction.IllegalTransactionStateException outside a
	 * transaction: a mail written on its own could go out for a change that is rolled back
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean queue(MailKey key, MailMessage message) {
		if (!key.recipient().equalsIgnoreCase(message.to())) {
			throw new IllegalArgumentException("The key is for " + key.recipient() + ", the mail for " + message.to());
		}
		boolean queued = store.queue(key, message);
		if (queued) {
			nudgeAfterCommit();
		}
		return queued;
	}

	/**
	 * Queues one mail per recipient from {@code template}, each under the key ({@code purpose},
	 * {@code objectId}, address): a recipient who has it already (the send was started before) is
	 * skipped, so starting a send twice sends once. The template is stored once and the rows are
	 * written set-based, thousands per statement.
	 *
	 * @return how many mails were queued now
	 * @throws IllegalArgumentException when a recipient lacks a value for a place of the template
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int queueAll(String purpose, String objectId, MailTemplate template,
			Collection<MailTemplate.Recipient> recipients) {
		Set<String> places = template.places();
		for (MailTemplate.Recipient recipient : recipients) {
			if (!recipient.values().keySet().containsAll(places)) {
				throw new IllegalArgumentException("Recipient " + recipient.address() + " lacks a value for one of " + places);
			}
		}
		int queued = recipients.isEmpty() ? 0 : store.queueAll(purpose, objectId, template, recipients);
		if (queued > 0) {
			nudgeAfterCommit();
		}
		return queued;
	}

	/** How far the mails queued for ({@code purpose}, {@code objectId}) have come; one query. */
	public MailTemplate.Progress progress(String purpose, String objectId) {
		return store.progress(purpose, objectId);
	}

	/** Pauses the mails for ({@code purpose}, {@code objectId}) that have not gone yet. */
	@Transactional
	public long hold(String purpose, String objectId) {
		return store.hold(purpose, objectId);
	}

	/** Lets paused mails for ({@code purpose}, {@code objectId}) go again. */
	@Transactional
	public long resume(String purpose, String objectId) {
		long resumed = store.resume(purpose, objectId);
		if (resumed > 0) {
			nudgeAfterCommit();
		}
		return resumed;
	}

	/**
	 * Where the {@code mailto:} of a {@code List-Unsubscribe} header sends to, with the subject
	 * {@code afmelden <token>}: the bounce mailbox's {@code +afmelden} address, which the bounce
	 * reader reads and turns into {@link UnsubscribeMailed}; without a bounce address, the sender
	 * address (read by people).
	 */
	public String unsubscribeAddress() {
		return unsubscribeAddress;
	}

	static String unsubscribeAddress(String bounceAddress, String from) {
		if (bounceAddress == null || bounceAddress.isBlank() || bounceAddress.indexOf('@') < 1) {
			return from;
		}
		return bounceAddress.strip().replaceFirst("@", "+afmelden@");
	}

	private void nudgeAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.getSynchronizations().contains(nudge)) {
			TransactionSynchronizationManager.registerSynchronization(nudge);
		}
	}

	/**
	 * Forgets an erased person's address in the caller's transaction: mail to them that has not gone
	 * yet never goes (failed, with the reason), and every mail to them keeps only its purpose,
	 * subject and dates, its recipient replaced. After the commit the in-process SMTP server's
	 * postvak (when it runs) drops what it caught for them. Returns how many mails were touched.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int forget(String address) {
		int touched = store.forget(address);
		catcher.ifAvailable(mails -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				mails.forget(address);
			}
		}));
		return touched;
	}
}

