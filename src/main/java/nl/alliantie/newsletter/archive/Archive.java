package nl.alliantie.newsletter.archive;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.alliantie.shared.text.Markdown;

/** The sent issues as the public archive lists and searches them (Dutch full text, GIN index). */
@Service
public class Archive {

	private final JdbcClient jdbc;

	Archive(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of sent issues, newest first, or those matching {@code query} best first; one query. */
	public List<ArchiveController.Entry> entries(String query, int offset, int limit) {
		if (query.isEmpty()) {
			return jdbc.sql("""
					select id, number || '/' || year, theme, sent_at, coalesce(left(sent_text, 600), '') from newsletter_issue
					where status = 'SENT' order by sent_at desc, id desc limit :limit offset :offset
					""")
				.param("limit", limit).param("offset", offset)
				.query((rs, row) -> entry(rs)).list();
		}
		return jdbc.sql("""
				select id, number || '/' || year, theme, sent_at, coalesce(left(sent_text, 600), '') from newsletter_issue
				where status = 'SENT' and search @@ websearch_to_tsquery('dutch', :q)
				order by ts_rank(search, websearch_to_tsquery('dutch', :q)) desc, sent_at desc, id desc
				limit :limit offset :offset
				""")
			.param("q", query).param("limit", limit).param("offset", offset)
			.query((rs, row) -> entry(rs)).list();
	}

	private static ArchiveController.Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ArchiveController.Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
				Markdown.summary(rs.getString(5), 240));
	}

}
