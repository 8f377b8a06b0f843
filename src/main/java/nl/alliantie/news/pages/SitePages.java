package nl.alliantie.news.pages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.shared.memory.Kept;

/**
 * The tables {@code news_page} and {@code news_page_version}: the few pages the secretariat edits,
 * in their order and place, each saved text kept as a version. The pages are held in memory (every
 * page's menu and footer link to them), read again after a change here and at most five seconds
 * old after a change by another instance.
 */
@Repository
public class SitePages {

	/** A page; {@code position} is its place in the navigation, lower first. */
	public record SitePage(String slug, String title, String body, int position, PagePlace place, Instant updatedAt) {

		public String path() {
			return "/over/" + slug;
		}
	}

	/** A saved text of a page; {@code seed}: the text the application ships, not one the secretariat saved. */
	public record Version(String slug, int version, String title, String body, PagePlace place, int position,
			boolean seed, Instant savedAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Kept<List<SitePage>> kept;

	SitePages(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.kept = new Kept<>(Duration.ofSeconds(5), this::load);
	}

	/** All pages in their order (a handful: not paged), from memory. */
	List<SitePage> all() {
		return kept.get();
	}

	private List<SitePage> load() {
		return jdbc.sql("select slug, title, body, position, place, updated_at from news_page order by position, title")
			.query((rs, row) -> new SitePage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					PagePlace.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant()))
			.list();
	}

	Optional<SitePage> find(String slug) {
		return all().stream().filter(page -> page.slug().equals(slug)).findFirst();
	}

	/** Saves the page as its next version. */
	@Transactional
	boolean update(String slug, PageForm form) {
		return save(slug, form.titel().strip(), form.tekst().strip(), form.place(), form.plaats());
	}

	/** Saves an earlier version as the next one: the page shows it again, and what it replaced stays a version. */
	@Transactional
	boolean restore(String slug, int version) {
		return version(slug, version).map(old -> save(slug, old.title(), old.body(), old.place(), old.position()))
			.orElse(false);
	}

	private boolean save(String slug, String title, String body, PagePlace place, int position) {
		Timestamp now = Timestamp.from(clock.instant());
		boolean updated = jdbc.sql("""
				update news_page set title = :title, body = :body, position = :position, place = :place, updated_at = :now
				where slug = :slug
				""")
			.param("slug", slug)
			.param("title", title)
			.param("body", body)
			.param("position", position)
			.param("place", place.name())
			.param("now", now)
			.update() == 1;
		if (updated) {
			jdbc.sql("""
					insert into news_page_version (slug, version, title, body, place, position, seed, saved_at)
					values (:slug, (select coalesce(max(version), 0) + 1 from news_page_version where slug = :slug),
					        :title, :body, :place, :position, false, :now)
					""")
				.param("slug", slug)
				.param("title", title)
				.param("body", body)
				.param("place", place.name())
				.param("position", position)
				.param("now", now)
				.update();
			kept.reloadAfterCommit();
		}
		return updated;
	}

	/** The versions of a page, newest first, at most 100. */
	List<Version> versions(String slug) {
		return jdbc.sql(VERSION + " where slug = :slug order by version desc limit 100")
			.param("slug", slug)
			.query((rs, row) -> version(rs))
			.list();
	}

	Optional<Version> version(String slug, int version) {
		return jdbc.sql(VERSION + " where slug = :slug and version = :version")
			.param("slug", slug)
			.param("version", version)
			.query((rs, row) -> version(rs))
			.optional();
	}

	/**
	 * Puts the text the application ships for a page in place of its text while the secretariat
	 * never saved one (only seed versions): the page and its seed version follow the file.
	 *
	 * @return whether the page changed
	 */
	@Transactional
	boolean followShippedText(String slug, String text) {
		int changed = jdbc.sql("""
				update news_page set body = :text where slug = :slug and body <> :text
				and not exists (select 1 from news_page_version v where v.slug = :slug and not v.seed)
				""")
			.param("slug", slug)
			.param("text", text)
			.update();
		if (changed > 0) {
			jdbc.sql("update news_page_version set body = :text where slug = :slug and seed")
				.param("slug", slug)
				.param("text", text)
				.update();
			kept.reloadAfterCommit();
		}
		return changed > 0;
	}

	private static final String VERSION = "select slug, version, title, body, place, position, seed, saved_at from news_page_version";

	private static Version version(ResultSet rs) throws SQLException {
		return new Version(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
				PagePlace.valueOf(rs.getString(5)), rs.getInt(6), rs.getBoolean(7), rs.getTimestamp(8).toInstant());
	}
}
