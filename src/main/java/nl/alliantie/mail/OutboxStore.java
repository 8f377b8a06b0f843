package nl.alliantie.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The table {@code mail_outbox}. Claims and marks run in their own short transactions (the
 * connection's auto-commit), so that a mail counts as sent as soon as its server accepted it.
 */
class OutboxStore {

	static final int MAX_ERROR_LENGTH = 1000;

	/** A claimed mail, ready to be sent. */
	record OutboxMail(long id, String recipient, String messageId, String subject, String body, Instant queuedAt,
			int attempts, List<MailAttachment> attachments) {

		OutboxMail {
			attachments = attachments == null ? List.of() : List.copyOf(attachments);
		}
	}

	private final JdbcClient jdbc;

	private final String messageIdDomain;

	OutboxStore(JdbcClient jdbc, String messageIdDomain) {
		this.jdbc = jdbc;
		this.messageIdDomain = messageIdDomain;
	}

	boolean queue(MailKey key, MailMessage message) {
		Optional<Long> id = jdbc.sql("""
				insert into mail_outbox (purpose, object_id, recipient, message_id, subject, body, attachments)
				values (:purpose, :object, :recipient, :messageId, :subject, :body, :attachments)
				on conflict (purpose, object_id, lower(recipient)) do nothing
				returning id
				""")
			.param("purpose", key.purpose())
			.param("object", key.objectId())
			.param("recipient", message.to())
			.param("messageId", "<" + UUID.randomUUID() + "@" + messageIdDomain + ">")
			.param("subject", message.subject())
			.param("body", message.text())
			.param("attachments", message.attachments().size())
			.query(Long.class)
			.optional();
		id.ifPresent(mail -> {
			int position = 0;
			for (MailAttachment attachment : message.attachments()) {
				jdbc.sql("""
						insert into mail_outbox_attachment (mail_id, position, filename, content_type, content)
						values (:mail, :position, :filename, :type, :content)
						""")
					.param("mail", mail)
					.param("position", position++)
					.param("filename", attachment.filename())
					.param("type", attachment.contentType())
					.param("content", attachment.content())
					.update();
			}
		});
		return id.isPresent();
	}

	/**
	 * Takes up to {@code limit} due mails for {@code lease}. {@code skip locked} lets several
	 * instances claim at once without waiting for or doubling each other; the lease makes the
	 * mails of an instance that died due again once it runs out.
	 */
	List<OutboxMail> claim(int limit, Duration lease, String claimer) {
		List<Claimed> claimed = jdbc.sql("""
				with due as (
				    select id from mail_outbox
				    where status = 'PENDING' and next_attempt_at <= now()
				      and (claimed_until is null or claimed_until <= now())
				    order by next_attempt_at, id
				    limit :limit
				    for update skip locked)
				update mail_outbox m
				set claimed_until = now() + make_interval(secs => :lease), claimed_by = :claimer,
				    attempts = m.attempts + 1
				from due where m.id = due.id
				returning m.id, m.recipient, m.message_id, m.subject, m.body, m.queued_at, m.attempts, m.attachments
				""")
			.param("limit", limit)
			.param("lease", lease.toMillis() / 1000.0)
			.param("claimer", claimer)
			.query((rs, row) -> new Claimed(new OutboxMail(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getInt(7), List.of()),
					rs.getInt(8) > 0))
			.list();
		List<Long> withFiles = claimed.stream().filter(Claimed::withFiles).map(c -> c.mail().id()).toList();
		Map<Long, List<MailAttachment>> files = withFiles.isEmpty() ? Map.of() : attachmentsOf(withFiles);
		return claimed.stream()
			.map(Claimed::mail)
			.map(mail -> files.containsKey(mail.id()) ? new OutboxMail(mail.id(), mail.recipient(), mail.messageId(),
					mail.subject(), mail.body(), mail.queuedAt(), mail.attempts(), files.get(mail.id())) : mail)
			.sorted(Comparator.comparingLong(OutboxMail::id))
			.toList();
	}

	private record Claimed(OutboxMail mail, boolean withFiles) {
	}

	private Map<Long, List<MailAttachment>> attachmentsOf(List<Long> mails) {
		Map<Long, List<MailAttachment>> files = new HashMap<>();
		jdbc.sql("""
				select mail_id, filename, content_type, content from mail_outbox_attachment
				where mail_id in (:mails) order by mail_id, position
				""")
			.param("mails", mails)
			.query((rs, row) -> {
				files.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new MailAttachment(rs.getString(2), rs.getString(3), rs.getBytes(4)));
				return null;
			})
			.list();
		return files;
	}

	void markSent(long id) {
		jdbc.sql("""
				with sent as (
				    update mail_outbox
				    set status = 'SENT', finished_at = now(), claimed_until = null, body = null, last_error = null
				    where id = :id and status = 'PENDING'
				    returning id, attachments)
				delete from mail_outbox_attachment a using sent where a.mail_id = sent.id and sent.attachments > 0
				""")
			.param("id", id)
			.update();
	}

	void markRetry(long id, Duration delay, String reason) {
		jdbc.sql("""
				update mail_outbox
				set next_attempt_at = now() + make_interval(secs => :delay), claimed_until = null, last_error = :reason
				where id = :id and status = 'PENDING'
				""")
			.param("id", id)
			.param("delay", delay.toMillis() / 1000.0)
			.param("reason", shorten(reason))
			.update();
	}

	void markFailed(long id, String reason) {
		jdbc.sql("""
				update mail_outbox
				set status = 'FAILED', finished_at = now(), claimed_until = null, last_error = :reason
				where id = :id and status = 'PENDING'
				""")
			.param("id", id)
			.param("reason", shorten(reason))
			.update();
	}

	/** Gives back claimed mails that were not tried, without counting an attempt. */
	void release(List<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update mail_outbox set claimed_until = null, attempts = attempts - 1
				where id in (:ids) and status = 'PENDING'
				""")
			.param("ids", ids)
			.update();
	}

	long count(String status) {
		return jdbc.sql("select count(*) from mail_outbox where status = :status")
			.param("status", status)
			.query(Long.class)
			.single();
	}

	private static String shorten(String reason) {
		String text = reason == null || reason.isBlank() ? "?" : reason.strip();
		return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
	}

	/** See {@link Outbox#forget}: one statement for the unsent, one for all. */
	int forget(String address) {
		jdbc.sql("""
				delete from mail_outbox_attachment where mail_id in
				    (select id from mail_outbox where lower(recipient) = lower(:address))
				""")
			.param("address", address.trim())
			.update();
		jdbc.sql("""
				update mail_outbox set status = 'FAILED', last_error = 'De ontvanger is gewist.', finished_at = now(),
				    claimed_until = null, claimed_by = null
				where status = 'PENDING' and lower(recipient) = lower(:address)
				""")
			.param("address", address.trim())
			.update();
		return jdbc.sql("""
				update mail_outbox set recipient = 'gewist-' || id || '@gewist.invalid', body = null
				where lower(recipient) = lower(:address)
				""")
			.param("address", address.trim())
			.update();
	}
}
