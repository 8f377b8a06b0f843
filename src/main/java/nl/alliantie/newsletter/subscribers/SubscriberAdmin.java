package nl.alliantie.newsletter.subscribers;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.alliantie.shared.time.DutchTime;

/** What the editors read of the subscribers: one page by status (index {@code (status, id)}), and the counts. */
@Service
public class SubscriberAdmin {

	public record Line(String email, String name, String source, Instant since, String reason) {

		public String date() {
			return DateTimeFormatter.ofPattern("d-M-uuuu").format(since.atZone(DutchTime.ZONE));
		}
	}

	public record Counts(long unconfirmed, long confirmed, long unsubscribed, long suspended) {
	}

	private final JdbcClient jdbc;

	SubscriberAdmin(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Line> page(SubscriberStatus status, int offset, int limit) {
		return jdbc.sql("""
				select email, name, source, coalesce(left_at, confirmed_at, created_at), suspended_reason
				from newsletter_subscriber where status = :status order by id desc limit :limit offset :offset
				""")
			.param("status", status.name())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new Line(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
					rs.getString(5)))
			.list();
	}

	public Counts counts() {
		return jdbc.sql("""
				select count(*) filter (where status = 'UNCONFIRMED'), count(*) filter (where status = 'CONFIRMED'),
				       count(*) filter (where status = 'UNSUBSCRIBED'), count(*) filter (where status = 'SUSPENDED')
				from newsletter_subscriber
				""")
			.query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}
}
