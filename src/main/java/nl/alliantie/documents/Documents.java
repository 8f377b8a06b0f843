package nl.alliantie.documents;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules may read of the library: every entry, paged by key (id), for the open data API. */
@Service
public class Documents {

	/**
	 * An entry as the public sees it: {@code path} is its page in the library; {@code fileType} (PDF,
	 * DOCX, …) is null for an entry that links to another module's page ({@code href}).
	 */
	public record PublicDocument(long id, DocumentKind kind, int year, String theme, String title, String description,
			String fileType, Integer fileSize, String href) {

		public String path() {
			return "/documenten/" + id;
		}
	}

	private final JdbcClient jdbc;

	Documents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** At most {@code limit} entries with an id above {@code afterId}, by id; one query on the primary key. */
	public List<PublicDocument> after(long afterId, int limit) {
		return jdbc.sql("""
				select id, kind, year, theme, title, description, file_type, file_size, href from documents_document
				where id > :after order by id limit :limit
				""")
			.param("after", afterId)
			.param("limit", Math.max(1, Math.min(limit, 1000)))
			.query((rs, row) -> new PublicDocument(rs.getLong(1), DocumentKind.valueOf(rs.getString(2)), rs.getInt(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), (Integer) rs.getObject(8),
					rs.getString(9)))
			.list();
	}
}
