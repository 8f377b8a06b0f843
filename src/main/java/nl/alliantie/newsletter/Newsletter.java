package nl.alliantie.newsletter;

import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.shared.memory.UntilChanged;

/** What other modules may read of the newsletter. */
@Service
public class Newsletter {

	/** The newest sent issue, for a link on the home page. */
	public record LatestIssue(long id, String label, String theme, String path) {
	}

	private final JdbcClient jdbc;

	private final UntilChanged<Boolean, Optional<LatestIssue>> latest;

	Newsletter(JdbcClient jdbc, DatabaseNotifications notifications, @Value("${alliantie.figures.keep:true}") boolean keep) {
		this.jdbc = jdbc;
		this.latest = new UntilChanged<>(notifications, Set.of("newsletter_changed"), 1, keep, any -> read());
	}

	/** The newest issue in the archive, if any; one indexed query, kept until the issues change (docs/adr/0037). */
	public Optional<LatestIssue> latest() {
		return latest.get(Boolean.TRUE);
	}

	private Optional<LatestIssue> read() {
		return jdbc.sql("""
				select id, number || '/' || year, theme from newsletter_issue
				where status = 'SENT' order by sent_at desc, id desc limit 1
				""")
			.query((rs, row) -> new LatestIssue(rs.getLong(1), rs.getString(2), rs.getString(3),
					"/nieuwsbrief/archief/" + rs.getLong(1)))
			.optional();
	}
}
