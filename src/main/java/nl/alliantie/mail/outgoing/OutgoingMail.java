package nl.alliantie.mail.outgoing;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read model behind the outgoing-mail page: the counts, and one page of one list. */
@Component
class OutgoingMail {

	private final JdbcClient jdbc;

	OutgoingMail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	OutgoingMailController.Counts counts() {
		return jdbc.sql("""
				select count(*) filter (where status = 'PENDING' and last_error is null
				                          and (claimed_until is null or claimed_until <= now())),
				       count(*) filter (where status = 'PENDING' and last_error is not null
				                          and (claimed_until is null or claimed_until <= now())),
				       count(*) filter (where status = 'PENDING' and claimed_until > now()),
				       count(*) filter (where status = 'SENT'),
				       count(*) filter (where status = 'FAILED')
				from mail_outbox
				""")
			.query((rs, row) -> new OutgoingMailController.Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
			.single();
	}

	List<OutgoingMailController.Row> rows(OutgoingMailController.View view, int offset, int limit) {
		// where and order come from the enum, never from the request
		return jdbc.sql("""
				select id, purpose, recipient, subject, attempts, coalesce(claimed_until > now(), false) as sending,
				       last_error, queued_at, next_attempt_at, finished_at
				from mail_outbox where %s
				order by %s offset :offset limit :limit
				""".formatted(view.where, view.order))
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> new OutgoingMailController.Row(rs.getLong("id"), rs.getString("purpose"), rs.getString("recipient"),
					rs.getString("subject"), rs.getInt("attempts"), rs.getBoolean("sending"),
					rs.getString("last_error"), instant(rs.getTimestamp("queued_at")),
					instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("finished_at"))))
			.list();
	}

	private static @Nullable Instant instant(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
