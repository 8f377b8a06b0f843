package nl.alliantie.documents.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.documents.DocumentKind;
import nl.alliantie.shared.files.FileKind;

/**
 * The tables {@code documents_document} and {@code documents_file}. A list is one query that uses
 * the index of its filter (or the GIN index of the search) and never reads a file's bytes.
 */
@Repository
public class DocumentStore {

	/** Largest file taken: 10 MB (the multipart limit in application.properties sits a little above it). */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	/** What a visitor filters by; null or empty means "any". */
	public record Filter(String query, @Nullable DocumentKind kind, @Nullable Integer year, String theme) {

		public boolean any() {
			return !query.isEmpty() || kind != null || year != null || !theme.isEmpty();
		}
	}

	private static final String COLUMNS = "id, kind, year, theme, title, description, file_type, file_name, "
			+ "coalesce(file_size, 0), href, source";

	private final JdbcClient jdbc;

	DocumentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** {@code limit} entries from {@code offset}: best match first when searching, else newest year first. */
	public List<Document> page(Filter filter, int offset, int limit) {
		List<String> where = new ArrayList<>();
		var params = new java.util.HashMap<String, Object>();
		if (!filter.query().isEmpty()) {
			where.add("search @@ websearch_to_tsquery('dutch', :q)");
			params.put("q", filter.query());
		}
		if (filter.kind() != null) {
			where.add("kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.year() != null) {
			where.add("year = :year");
			params.put("year", filter.year());
		}
		if (!filter.theme().isEmpty()) {
			where.add("theme = :theme");
			params.put("theme", filter.theme());
		}
		String order = filter.query().isEmpty() ? "year desc, id desc"
				: "ts_rank(search, websearch_to_tsquery('dutch', :q)) desc, year desc, id desc";
		String sql = "select " + COLUMNS + " from documents_document"
				+ (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by " + order
				+ " limit :limit offset :offset";
		params.put("limit", limit);
		params.put("offset", offset);
		return jdbc.sql(sql).params(params).query((rs, row) -> document(rs)).list();
	}

	/**
	 * The years and themes that occur, for the filter's choices; one query that skips through the
	 * year and theme indexes (one index probe per distinct value), never over every row: a
	 * {@code select distinct} read all 20,000 rows of a test library on every page view (206 ms).
	 */
	public Choices choices() {
		List<Integer> years = new ArrayList<>();
		List<String> themes = new ArrayList<>();
		jdbc.sql("""
				with recursive
				years(year) as (
				    select max(year) from documents_document
				    union all
				    select (select max(year) from documents_document where year < years.year) from years where years.year is not null),
				themes(theme) as (
				    select min(theme) from documents_document where theme <> ''
				    union all
				    select (select min(theme) from documents_document where theme > themes.theme and theme <> '')
				    from themes where themes.theme is not null)
				select 'y', year::text from years where year is not null
				union all select 't', theme from themes where theme is not null
				""")
			.query(rs -> {
				if (rs.getString(1).equals("y")) {
					years.add(Integer.valueOf(rs.getString(2)));
				}
				else {
					themes.add(rs.getString(2));
				}
			});
		years.sort(java.util.Comparator.reverseOrder());
		themes.sort(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl")));
		return new Choices(List.copyOf(years), List.copyOf(themes));
	}

	/** The years and themes of the library. */
	public record Choices(List<Integer> years, List<String> themes) {
	}

	public Optional<Document> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from documents_document where id = :id")
			.param("id", id)
			.query((rs, row) -> document(rs))
			.optional();
	}

	public Optional<byte[]> content(long id) {
		return jdbc.sql("select content from documents_file where document_id = :id")
			.param("id", id)
			.query(byte[].class)
			.optional();
	}

	@Transactional
	public long upload(DocumentKind kind, int year, String theme, String title, String description, FileKind file,
			String fileName, byte[] content) {
		long id = jdbc.sql("""
				insert into documents_document (kind, year, theme, title, description, file_type, file_name, file_size)
				values (:kind, :year, :theme, :title, :description, :type, :name, :size) returning id
				""")
			.param("kind", kind.name())
			.param("year", year)
			.param("theme", theme)
			.param("title", title)
			.param("description", description)
			.param("type", file.name())
			.param("name", fileName)
			.param("size", content.length)
			.query(Long.class)
			.single();
		jdbc.sql("insert into documents_file (document_id, content) values (:id, :content)")
			.param("id", id)
			.param("content", content)
			.update();
		return id;
	}

	/** Changes what the library says of an upload (not a listed publication of another module). */
	@Transactional
	public boolean describe(long id, DocumentKind kind, int year, String theme, String title, String description) {
		return jdbc.sql("""
				update documents_document set kind = :kind, year = :year, theme = :theme, title = :title,
				       description = :description where id = :id and source is null
				""")
			.param("id", id)
			.param("kind", kind.name())
			.param("year", year)
			.param("theme", theme)
			.param("title", title)
			.param("description", description)
			.update() == 1;
	}

	/** Removes an upload; a listed publication goes only when its module withdraws it. */
	@Transactional
	public boolean remove(long id) {
		return jdbc.sql("delete from documents_document where id = :id and source is null").param("id", id).update() == 1;
	}

	/**
	 * Lists (or updates) what another module published, by its {@code source}: the same source twice
	 * is one row, so hearing an event again changes nothing.
	 */
	@Transactional
	public void listElsewhere(String source, DocumentKind kind, int year, String title, String description,
			String href) {
		jdbc.sql("""
				insert into documents_document (kind, year, title, description, href, source)
				values (:kind, :year, :title, :description, :href, :source)
				on conflict (source) do update set kind = excluded.kind, year = excluded.year, title = excluded.title,
				       description = excluded.description, href = excluded.href
				""")
			.param("source", source)
			.param("kind", kind.name())
			.param("year", year)
			.param("title", title)
			.param("description", description)
			.param("href", href)
			.update();
	}

	@Transactional
	public void unlist(String source) {
		jdbc.sql("delete from documents_document where source = :source").param("source", source).update();
	}

	private static Document document(ResultSet rs) throws SQLException {
		String type = rs.getString(7);
		return new Document(rs.getLong(1), DocumentKind.valueOf(rs.getString(2)), rs.getInt(3), rs.getString(4),
				rs.getString(5), rs.getString(6), type == null ? null : FileKind.valueOf(type), rs.getString(8),
				rs.getInt(9), rs.getString(10), rs.getString(11));
	}
}
