package nl.alliantie.mail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

	Outbox(OutboxStore store, OutboxSender sender,
			org.springframework.beans.factory.ObjectProvider<nl.alliantie.mail.catcher.MailCatcher> catcher) {
		this.catcher = catcher;
		this.store = store;
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
		if (queued && TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.getSynchronizations().contains(nudge)) {
			TransactionSynchronizationManager.registerSynchronization(nudge);
		}
		return queued;
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
