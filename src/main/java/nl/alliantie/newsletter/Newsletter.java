package nl.alliantie.newsletter;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules may read of the newsletter. */
@Service
public class Newsletter {

	/** The newest sent issue, for a link on the home page. */
	public record LatestIssue(long id, String label, String theme, String path) {
	}

	private final JdbcClient jdbc;

	Newsletter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest issue in the archive, if any; one indexed query. */
	public Optional<LatestIssue> latest() {
		return jdbc.sql("""
				select id, number || '/' || year, theme from newsletter_issue
				where status = 'SENT' order by sent_at desc, id desc limit 1
				""")
			.query((rs, row) -> new LatestIssue(rs.getLong(1), rs.getString(2), rs.getString(3),
					"/nieuwsbrief/archief/" + rs.getLong(1)))
			.optional();
	}
}
