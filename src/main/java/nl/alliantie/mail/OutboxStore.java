package nl.alliantie.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables {@code mail_outbox} and {@code mail_template}. Claims and marks run in their own short
 * transactions (the connection's auto-commit), so that a mail counts as sent as soon as its server
 * accepted it.
 */
class OutboxStore {

	static final int MAX_ERROR_LENGTH = 1000;

	/** Rows per statement when queueing for many: large enough to be quick, small enough for the heap. */
	static final int ROWS_PER_STATEMENT = 5_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
	};

	/** A claimed mail, ready to be sent. */
	record OutboxMail(long id, String recipient, String messageId, String subject, String body, Instant queuedAt,
			int attempts, List<MailAttachment> attachments, @Nullable String html, Map<String, String> headers) {

		OutboxMail {
			attachments = attachments == null ? List.of() : List.copyOf(attachments);
			headers = headers == null ? Map.of() : headers;
		}

		OutboxMail(long id, String recipient, String messageId, String subject, String body, Instant queuedAt,
				int attempts, List<MailAttachment> attachments) {
			this(id, recipient, messageId, subject, body, queuedAt, attempts, attachments, null, Map.of());
		}

		OutboxMail withAttachments(List<MailAttachment> files) {
			return new OutboxMail(id, recipient, messageId, subject, body, queuedAt, attempts, files, html, headers);
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
				insert into mail_outbox (purpose, object_id, recipient, message_id, subject, body, attachments, html_body, headers)
				values (:purpose, :object, :recipient, :messageId, :subject, :body, :attachments, :html, cast(:headers as jsonb))
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
			.param("html", message.html())
			.param("headers", message.headers().isEmpty() ? null : json(message.headers()))
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
	 * One row per recipient that does not have this mail yet, the template stored once; written
	 * with one statement per {@value #ROWS_PER_STATEMENT} recipients.
	 */
	int queueAll(String purpose, String objectId, MailTemplate template, Collection<MailTemplate.Recipient> recipients) {
		long templateId = jdbc.sql("""
				insert into mail_template (subject, body, html, headers) values (:subject, :body, :html, cast(:headers as jsonb))
				returning id
				""")
			.param("subject", template.subject())
			.param("body", template.text())
			.param("html", template.html())
			.param("headers", json(template.headers()))
			.query(Long.class)
			.single();
		int queued = 0;
		List<MailTemplate.Recipient> all = List.copyOf(recipients);
		for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
			List<MailTemplate.Recipient> part = all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT));
			String[] addresses = part.stream().map(MailTemplate.Recipient::address).toArray(String[]::new);
			String[] values = part.stream().map(r -> json(r.values())).toArray(String[]::new);
			queued += jdbc.sql("""
					insert into mail_outbox (purpose, object_id, recipient, message_id, subject, template_id, variables)
					select :purpose, :object, r.address, '<' || gen_random_uuid() || '@' || :domain || '>', :subject,
					       :template, cast(r.variables as jsonb)
					from unnest(cast(:addresses as text[]), cast(:values as text[])) as r(address, variables)
					on conflict (purpose, object_id, lower(recipient)) do nothing
					""")
				.param("purpose", purpose)
				.param("object", objectId)
				.param("domain", messageIdDomain)
				.param("subject", template.subject())
				.param("template", templateId)
				.param("addresses", addresses)
				.param("values", values)
				.update();
		}
		return queued;
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
				returning m.id, m.recipient, m.message_id, m.subject, m.body, m.queued_at, m.attempts, m.attachments,
				    m.html_body, m.headers::text, m.template_id, m.variables::text
				""")
			.param("limit", limit)
			.param("lease", lease.toMillis() / 1000.0)
			.param("claimer", claimer)
			.query((rs, row) -> new Claimed(new OutboxMail(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getInt(7), List.of(),
					rs.getString(9), map(rs.getString(10))), rs.getInt(8) > 0, (Long) rs.getObject(11),
					map(rs.getString(12))))
			.list();
		claimed = filledIn(claimed);
		List<Long> withFiles = claimed.stream().filter(Claimed::withFiles).map(c -> c.mail().id()).toList();
		Map<Long, List<MailAttachment>> files = withFiles.isEmpty() ? Map.of() : attachmentsOf(withFiles);
		return claimed.stream()
			.map(Claimed::mail)
			.map(mail -> files.containsKey(mail.id()) ? mail.withAttachments(files.get(mail.id())) : mail)
			.sorted(Comparator.comparingLong(OutboxMail::id))
			.toList();
	}

	private record Claimed(OutboxMail mail, boolean withFiles, Long template, Map<String, String> values) {
	}

	/** Mails of a template get its subject, text, HTML and headers, filled in with their own values. */
	private List<Claimed> filledIn(List<Claimed> claimed) {
		List<Long> ids = claimed.stream().map(Claimed::template).filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			return claimed;
		}
		Map<Long, MailTemplate> templates = new HashMap<>();
		jdbc.sql("select id, subject, body, html, headers::text from mail_template where id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> templates.put(rs.getLong(1),
					new MailTemplate(rs.getString(2), rs.getString(3), rs.getString(4), map(rs.getString(5)))))
			.list();
		return claimed.stream().map(c -> {
			MailTemplate template = c.template() == null ? null : templates.get(c.template());
			if (template == null) {
				return c;
			}
			Map<String, String> headers = new LinkedHashMap<>();
			template.headers().forEach((name, value) -> headers.put(name, MailTemplate.fill(value, c.values(), false)));
			OutboxMail mail = c.mail();
			return new Claimed(new OutboxMail(mail.id(), mail.recipient(), mail.messageId(),
					MailTemplate.fill(template.subject(), c.values(), false),
					MailTemplate.fill(template.text(), c.values(), false), mail.queuedAt(), mail.attempts(), List.of(),
					MailTemplate.fill(template.html(), c.values(), true), headers), c.withFiles(), c.template(), c.values());
		}).toList();
	}

	private Map<Long, List<MailAttachment>> attachmentsOf(List<Long> mails) {
		Map<Long, List<MailAttachment>> files = new HashMap<>();
		jdbc.sql("""
				select mail_id, filename, content_type, content from mail_outbox_attachment
				where mail_id in (:mails) order by mail_id, position
				""")
			.param("mails", mails)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> files
				.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
				.add(new MailAttachment(rs.getString(2), rs.getString(3), rs.getBytes(4))));
		return files;
	}

	void markSent(long id) {
		jdbc.sql("""
				with sent as (
				    update mail_outbox
				    set status = 'SENT', finished_at = now(), claimed_until = null, body = null, last_error = null,
				        html_body = null, variables = null
				    where id = :id and status = 'PENDING'
				    returning id, attachments)
				delete from mail_outbox_attachment a using sent where a.mail_id = sent.id and sent.attachments > 0
				""")
			.param("id", id)
			.update();
	}

	void markRetry(long id, Duration delay, @Nullable String reason) {
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

	void markFailed(long id, @Nullable String reason) {
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

	MailTemplate.Progress progress(String purpose, String objectId) {
		return jdbc.sql("""
				select count(*) filter (where status = 'PENDING'), count(*) filter (where status = 'HELD'),
				       count(*) filter (where status = 'SENT'), count(*) filter (where status = 'FAILED')
				from mail_outbox where purpose = :purpose and object_id = :object
				""")
			.param("purpose", purpose)
			.param("object", objectId)
			.query((rs, row) -> new MailTemplate.Progress(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	/** Pauses what is not claimed; a mail being sent right now finishes. */
	long hold(String purpose, String objectId) {
		return jdbc.sql("""
				update mail_outbox set status = 'HELD'
				where purpose = :purpose and object_id = :object and status = 'PENDING'
				  and (claimed_until is null or claimed_until <= now())
				""")
			.param("purpose", purpose)
			.param("object", objectId)
			.update();
	}

	long resume(String purpose, String objectId) {
		return jdbc.sql("""
				update mail_outbox set status = 'PENDING', next_attempt_at = least(next_attempt_at, now())
				where purpose = :purpose and object_id = :object and status = 'HELD'
				""")
			.param("purpose", purpose)
			.param("object", objectId)
			.update();
	}

	private static String json(Map<String, String> values) {
		return JSON.writeValueAsString(values);
	}

	private static Map<String, String> map(String json) {
		return json == null ? Map.of() : JSON.readValue(json, STRING_MAP);
	}

	private static String shorten(@Nullable String reason) {
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
				where status in ('PENDING', 'HELD') and lower(recipient) = lower(:address)
				""")
			.param("address", address.trim())
			.update();
		return jdbc.sql("""
				update mail_outbox set recipient = 'gewist-' || id || '@gewist.invalid', body = null, html_body = null,
				    headers = null, variables = null
				where lower(recipient) = lower(:address)
				""")
			.param("address", address.trim())
			.update();
	}
}
