package nl.alliantie.news.items;

import org.jspecify.annotations.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.shared.images.Images;

/** The table {@code news_item}. Lists never read the pictures' bytes. */
@Repository
public class NewsStore {

	static final int PAGE_SIZE = 10;

	private static final String COLUMNS = """
			id, title, lead, body, status, published_at, image is not null, image_alt, image_width, image_height, updated_at""";

	private final JdbcClient jdbc;

	private final Clock clock;

	NewsStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One page of published items, newest first, and whether there is a next page (one query). */
	List<NewsItem> published(int page) {
		return jdbc.sql("select " + COLUMNS + " from news_item where status = 'PUBLISHED'"
				+ " order by published_at desc, id desc limit :limit offset :offset")
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (long) (page - 1) * PAGE_SIZE)
			.query(NewsStore::item)
			.list();
	}

	/** Every item, drafts first, then newest; for the secretariat. */
	List<NewsItem> all(int page) {
		return jdbc.sql("select " + COLUMNS + " from news_item"
				+ " order by (status = 'DRAFT') desc, coalesce(published_at, created_at) desc, id desc limit :limit offset :offset")
			.param("limit", PAGE_SIZE + 1)
			.param("offset", (long) (page - 1) * PAGE_SIZE)
			.query(NewsStore::item)
			.list();
	}

	Optional<NewsItem> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from news_item where id = :id").param("id", id).query(NewsStore::item).optional();
	}

	/** The picture of a published item (or of any item, for the secretariat's preview). */
	Optional<Images.Picture> picture(long id, boolean onlyPublished) {
		return jdbc.sql("select image, image_type, image_width, image_height from news_item where id = :id and image is not null"
				+ (onlyPublished ? " and status = 'PUBLISHED'" : ""))
			.param("id", id)
			.query((rs, row) -> new Images.Picture(rs.getBytes(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
			.optional();
	}

	@Transactional
	long create(NewsForm form, Images.@Nullable Picture picture) {
		long id = jdbc.sql("""
				insert into news_item (title, lead, body, image_alt, created_at, updated_at)
				values (:title, :lead, :body, :alt, :now, :now) returning id
				""")
			.param("title", form.titel().strip())
			.param("lead", form.inleiding().strip())
			.param("body", form.tekst().strip())
			.param("alt", form.beeldtekst().strip())
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
		if (picture != null) {
			setPicture(id, picture);
		}
		return id;
	}

	@Transactional
	boolean update(long id, NewsForm form, Images.@Nullable Picture picture, boolean removePicture) {
		int changed = jdbc.sql("""
				update news_item set title = :title, lead = :lead, body = :body, image_alt = :alt, updated_at = :now
				where id = :id
				""")
			.param("id", id)
			.param("title", form.titel().strip())
			.param("lead", form.inleiding().strip())
			.param("body", form.tekst().strip())
			.param("alt", form.beeldtekst().strip())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		if (changed == 1 && picture != null) {
			setPicture(id, picture);
		}
		else if (changed == 1 && removePicture) {
			jdbc.sql("update news_item set image = null, image_type = null, image_width = null, image_height = null where id = :id")
				.param("id", id)
				.update();
		}
		return changed == 1;
	}

	private void setPicture(long id, Images.Picture picture) {
		jdbc.sql("""
				update news_item set image = :image, image_type = :type, image_width = :width, image_height = :height
				where id = :id
				""")
			.param("id", id)
			.param("image", picture.content())
			.param("type", picture.contentType())
			.param("width", picture.width())
			.param("height", picture.height())
			.update();
	}

	/** Publishes (keeping the first publication date when it is published again) or withdraws. */
	boolean setStatus(long id, NewsItem.Status status) {
		return jdbc.sql("""
				update news_item set status = :status, updated_at = :now,
				    published_at = case when :status = 'PUBLISHED' then coalesce(published_at, :now) else published_at end
				where id = :id and status <> :status
				""")
			.param("id", id)
			.param("status", status.name())
			.param("now", Timestamp.from(clock.instant()))
			.update() == 1;
	}

	boolean delete(long id) {
		return jdbc.sql("delete from news_item where id = :id and status = 'DRAFT'").param("id", id).update() == 1;
	}

	private static NewsItem item(ResultSet rs, int row) throws SQLException {
		Timestamp published = rs.getTimestamp(6);
		return new NewsItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				NewsItem.Status.valueOf(rs.getString(5)), published == null ? null : published.toInstant(), rs.getBoolean(7),
				rs.getString(8), (Integer) rs.getObject(9), (Integer) rs.getObject(10), rs.getTimestamp(11).toInstant());
	}
}
