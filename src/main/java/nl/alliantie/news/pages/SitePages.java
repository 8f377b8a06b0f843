package nl.alliantie.news.pages;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code news_page}: the few pages the secretariat edits, in their order. */
@Repository
public class SitePages {

	/** A page; {@code position} is its place in the "Over ons" navigation. */
	public record SitePage(String slug, String title, String body, int position, Instant updatedAt) {

		public String path() {
			return "/over/" + slug;
		}
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	SitePages(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** All pages in their order (a handful: not paged). */
	List<SitePage> all() {
		return jdbc.sql("select slug, title, body, position, updated_at from news_page order by position, title")
			.query((rs, row) -> new SitePage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	Optional<SitePage> find(String slug) {
		return all().stream().filter(page -> page.slug().equals(slug)).findFirst();
	}

	boolean update(String slug, PageForm form) {
		return jdbc.sql("""
				update news_page set title = :title, body = :body, position = :position, updated_at = :now where slug = :slug
				""")
			.param("slug", slug)
			.param("title", form.titel().strip())
			.param("body", form.tekst().strip())
			.param("position", form.plaats())
			.param("now", Timestamp.from(clock.instant()))
			.update() == 1;
	}
}
