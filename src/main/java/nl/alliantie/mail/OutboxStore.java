package nl.alliantie.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
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
			int attempts) {
	}

	private final JdbcClient jdbc;

	private final String messageIdDomain;

	OutboxStore(JdbcClient jdbc, String messageIdDomain) {
		this.jdbc = jdbc;
		this.messageIdDomain = messageIdDomain;
	}

	boolean queue(MailKey key, MailMessage message) {
		return jdbc.sql("""
				insert into mail_outbox (purpose, object_id, recipient, message_id, subject, body)
				values (:purpose, :object, :recipient, :messageId, :subject, :body)
				on conflict (purpose, object_id, lower(recipient)) do nothing
				""")
			.param("purpose", key.purpose())
			.param("object", key.objectId())
			.param("recipient", message.to())
			.param("messageId", "<" + UUID.randomUUID() + "@" + messageIdDomain + ">")
			.param("subject", message.subject())
			.param("body", message.text())
			.update() == 1;
	}

	/**
	 * Takes up to {@code limit} due mails for {@code lease}. {@code skip locked} lets several
	 * instances claim at once without waiting for or doubling each other; the lease makes the
	 * mails of an instance that died due again once it runs out.
	 */
	List<OutboxMail> claim(int limit, Duration lease, String claimer) {
		return jdbc.sql("""
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
				returning m.id, m.recipient, m.message_id, m.subject, m.body, m.queued_at, m.attempts
				""")
			.param("limit", limit)
			.param("lease", lease.toMillis() / 1000.0)
			.param("claimer", claimer)
			.query((rs, row) -> new OutboxMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getInt(7)))
			.list()
			.stream()
			.sorted(Comparator.comparingLong(OutboxMail::id))
			.toList();
	}

	void markSent(long id) {
		jdbc.sql("""
				update mail_outbox
				set status = 'SENT', finished_at = now(), claimed_until = null, body = null, last_error = null
				where id = :id and status = 'PENDING'
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
}
