package nl.alliantie.mail.bounces;

import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.mail.MailBounced;
import nl.alliantie.mail.UnsubscribeMailed;
import nl.alliantie.mail.catcher.MailCatcher;

/**
 * Reads the bounce mailbox: each unread message becomes {@link MailBounced} (a delivery report
 * about one of our mails) or {@link UnsubscribeMailed} (the {@code mailto:} of
 * {@code List-Unsubscribe}), published in a transaction of its own; only after that commit is the
 * message deleted from the mailbox. A crash in between reads the message again, and the listeners
 * know the report by its id. Reports about mails we do not know, reports that nothing failed, and
 * other mail are marked read and left for a person.
 */
public class BounceReader {

	private static final Logger log = LoggerFactory.getLogger(BounceReader.class);

	/** What one round did. */
	public record Round(int bounces, int unsubscribes, int leftForPeople) {
	}

	/** Where to read: an IMAP server (the settings, or a test's GreenMail). */
	public record Mailbox(String host, int port, String username, String password, String security, String folder) {
	}

	private record OutboxMail(String purpose, String objectId, String recipient) {
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	/** How many mails of the catcher {@link #readCaught} has read. */
	private int caughtSeen;

	BounceReader(JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
	}

	/** Reads up to {@code batch} unread messages of {@code mailbox}. */
	public Round read(Mailbox mailbox, int batch) throws MessagingException {
		Session session = Session.getInstance(properties(mailbox));
		int bounces = 0;
		int unsubscribes = 0;
		int left = 0;
		try (Store store = session.getStore(mailbox.security().equals("ssl") ? "imaps" : "imap")) {
			store.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
			Folder folder = store.getFolder(mailbox.folder());
			folder.open(Folder.READ_WRITE);
			try {
				Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
				for (int i = 0; i < unread.length && i < batch; i++) {
					Message message = unread[i];
					DeliveryReport report = DeliveryReport.read((MimeMessage) message);
					boolean handled = switch (report.kind()) {
						case BOUNCE -> bounced(report);
						case UNSUBSCRIBE -> unsubscribe(report);
						case NO_FAILURE, OTHER -> false;
					};
					if (handled) {
						message.setFlag(Flags.Flag.DELETED, true);
						bounces += report.kind() == DeliveryReport.Kind.BOUNCE ? 1 : 0;
						unsubscribes += report.kind() == DeliveryReport.Kind.UNSUBSCRIBE ? 1 : 0;
					}
					else {
						message.setFlag(Flags.Flag.SEEN, true);
						left++;
					}
				}
			}
			finally {
				folder.close(true);
			}
		}
		if (bounces + unsubscribes + left > 0) {
			log.info("Bounce mailbox: {} delivery reports, {} unsubscribe mails, {} left for a person", bounces,
					unsubscribes, left);
		}
		return new Round(bounces, unsubscribes, left);
	}

	/**
	 * Without a bounce mailbox, the in-app catcher (no {@code SPRING_MAIL_HOST}) is one: delivery
	 * reports and unsubscribe mails that reach its SMTP port are read like those of an IMAP mailbox
	 * (found by the returned Message-ID when no bounce address makes a VERP return path). They stay
	 * in the postvak; the catcher forgets everything at a restart, and so does this round.
	 */
	public synchronized Round readCaught(MailCatcher catcher) {
		List<MimeMessage> fresh = catcher.after(caughtSeen);
		int bounces = 0;
		int unsubscribes = 0;
		int left = 0;
		for (MimeMessage message : fresh) {
			DeliveryReport report = DeliveryReport.read(message);
			switch (report.kind()) {
				case BOUNCE -> {
					if (bounced(report)) {
						bounces++;
					}
					else {
						left++;
					}
				}
				case UNSUBSCRIBE -> unsubscribes += unsubscribe(report) ? 1 : 0;
				case NO_FAILURE, OTHER -> {
					// the mails the application itself sent, and whatever else the catcher keeps
				}
			}
		}
		caughtSeen += fresh.size();
		return new Round(bounces, unsubscribes, left);
	}

	private boolean bounced(DeliveryReport report) {
		Optional<OutboxMail> mail = mail(report);
		if (mail.isEmpty()) {
			log.warn("Delivery report {} names no mail of the outbox", report.reportId());
			return false;
		}
		transactions.executeWithoutResult(tx -> events.publishEvent(new MailBounced(mail.get().purpose(),
				mail.get().objectId(), mail.get().recipient(), report.hard(), report.reason(), report.reportId())));
		return true;
	}

	private boolean unsubscribe(DeliveryReport report) {
		transactions.executeWithoutResult(tx -> events.publishEvent(new UnsubscribeMailed(report.token(), report.reportId())));
		return true;
	}

	/** The mail by its return path, else by the Message-ID of the returned headers. */
	private Optional<OutboxMail> mail(DeliveryReport report) {
		if (report.mailId() != null) {
			Optional<OutboxMail> byId = jdbc.sql("select purpose, object_id, recipient from mail_outbox where id = :id")
				.param("id", report.mailId())
				.query((rs, row) -> new OutboxMail(rs.getString(1), rs.getString(2), rs.getString(3)))
				.optional();
			if (byId.isPresent()) {
				return byId;
			}
		}
		if (report.originalMessageId() != null) {
			return jdbc.sql("select purpose, object_id, recipient from mail_outbox where message_id = :id")
				.param("id", report.originalMessageId())
				.query((rs, row) -> new OutboxMail(rs.getString(1), rs.getString(2), rs.getString(3)))
				.optional();
		}
		return Optional.empty();
	}

	private static Properties properties(Mailbox mailbox) {
		Properties properties = new Properties();
		String protocol = mailbox.security().equals("ssl") ? "imaps" : "imap";
		properties.put("mail." + protocol + ".connectiontimeout", "10000");
		properties.put("mail." + protocol + ".timeout", "30000");
		if (mailbox.security().equals("starttls")) {
			properties.put("mail.imap.starttls.enable", "true");
			properties.put("mail.imap.starttls.required", "true");
		}
		return properties;
	}
}
