package nl.alliantie.mail;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.retention.RetentionJob;
import nl.alliantie.shared.retention.RetentionPeriods;

/**
 * What the outbox keeps of finished mail. A delivered mail loses its text, personal links and
 * attachments at once ({@link OutboxStore#markSent}); a mail that failed keeps them for
 * {@code alliantie.retention.mail-bodies} (the secretariat can see what did not arrive), then
 * loses them too (and a delivered one its headers, which hold the unsubscribe link). Every finished mail loses its recipient's address after
 * {@code alliantie.retention.mail-recipients}, replaced as on an erasure ({@link Outbox#forget}).
 * Both statements walk the finished-mail index ({@code mail_outbox_finished}); a second run finds
 * nothing.
 */
@Component
class OutboxRetention implements RetentionJob {

	private final JdbcClient jdbc;

	private final RetentionPeriods periods;

	OutboxRetention(JdbcClient jdbc, RetentionPeriods periods) {
		this.jdbc = jdbc;
		this.periods = periods;
	}

	@Override
	public String name() {
		return "mail-outbox";
	}

	@Override
	public int apply(Clock clock) {
		Timestamp bodiesBefore = Timestamp.from(clock.instant().minus(periods.mailBodies()));
		Timestamp recipientsBefore = Timestamp.from(clock.instant().minus(periods.mailRecipients()));
		jdbc.sql("""
				delete from mail_outbox_attachment a using mail_outbox m
				where a.mail_id = m.id and m.status in ('SENT', 'FAILED') and m.finished_at < :before
				  and m.attachments > 0
				""")
			.param("before", bodiesBefore)
			.update();
		int bodies = jdbc.sql("""
				update mail_outbox set body = null, html_body = null, variables = null, headers = null
				where status in ('SENT', 'FAILED') and finished_at < :before
				  and (body is not null or html_body is not null or variables is not null or headers is not null)
				""")
			.param("before", bodiesBefore)
			.update();
		int recipients = jdbc.sql("""
				update mail_outbox set recipient = 'gewist-' || id || '@gewist.invalid'
				where status in ('SENT', 'FAILED') and finished_at < :before
				  and recipient not like 'gewist-%@gewist.invalid'
				""")
			.param("before", recipientsBefore)
			.update();
		return bodies + recipients;
	}
}
