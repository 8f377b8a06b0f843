package nl.alliantie.newsletter.editorial;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.shared.images.Images;

/**
 * Articles and their versions: load, apply the rule of {@link Article}, save, and keep the version
 * with who made it. Every list is one query.
 */
@Service
public class Articles {

	/** A line of a list of articles. */
	public record Row(long id, String title, String province, String authorName, ArticleStatus status, Long issueId,
			Instant updatedAt) {
	}

	/** One saved state of an article. */
	public record Version(int version, String title, String status, String changedBy, Instant changedAt, String note) {

		public String when() {
			return java.time.format.DateTimeFormatter.ofPattern("d-M-uuuu HH:mm")
				.format(changedAt.atZone(nl.alliantie.shared.time.DutchTime.ZONE));
		}
	}

	private static final String SELECT = """
			select a.id, a.title, a.lead, a.body, a.province, a.author_email, a.author_name, a.status, a.editor_comment,
			       a.issue_id, a.position, a.version, a.updated_at, coalesce(i.status = 'SENT', false) as issue_sent,
			       a.image_key, a.image_alt, a.image_width, a.image_height
			from newsletter_article a left join newsletter_issue i on i.id = a.issue_id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Articles(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Article> find(long id) {
		return jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(Articles::map).optional();
	}

	/** The placed articles of an issue, in their order. */
	public List<Article> ofIssue(long issueId) {
		return jdbc.sql(SELECT + " where a.issue_id = :issue order by a.position, a.id").param("issue", issueId)
			.query(Articles::map).list();
	}

	/** Accepted articles not placed in any issue yet. */
	public List<Row> acceptedUnplaced() {
		return rows("where status = 'ACCEPTED' and issue_id is null", null, 0, 200);
	}

	/** One page of the pieces of one writer, newest first. */
	public List<Row> writtenBy(String email, int offset, int limit) {
		return rows("where lower(author_email) = lower(:author)", email, offset, limit);
	}

	/** One page of every piece, newest first. */
	public List<Row> all(int offset, int limit) {
		return rows("", null, offset, limit);
	}

	private List<Row> rows(String where, @Nullable String author, int offset, int limit) {
		var sql = jdbc.sql("""
				select id, title, province, author_name, status, issue_id, updated_at from newsletter_article
				""" + where + " order by updated_at desc, id desc limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset);
		if (author != null) {
			sql = sql.param("author", author);
		}
		return sql.query((rs, row) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				ArticleStatus.valueOf(rs.getString(5)), (Long) rs.getObject(6), rs.getTimestamp(7).toInstant())).list();
	}

	public List<Version> versions(long articleId) {
		return jdbc.sql("""
				select version, title, status, changed_by, changed_at, note from newsletter_article_version
				where article_id = :id order by version desc
				""")
			.param("id", articleId)
			.query((rs, row) -> new Version(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
	}

	@Transactional
	public long write(String title, String lead, String body, @Nullable String province, String authorEmail, String authorName,
			@Nullable Long authorPerson, boolean submit) {
		Instant now = clock.instant();
		long id = jdbc.sql("""
				insert into newsletter_article (title, lead, body, province, author_email, author_name, author_person, status, updated_at)
				values (:title, :lead, :body, :province, :email, :name, :person, :status, :at) returning id
				""")
			.param("title", title)
			.param("lead", lead)
			.param("body", body)
			.param("province", province)
			.param("email", authorEmail)
			.param("name", authorName)
			.param("person", authorPerson)
			.param("status", (submit ? ArticleStatus.SUBMITTED : ArticleStatus.DRAFT).name())
			.param("at", java.sql.Timestamp.from(now))
			.query(Long.class)
			.single();
		find(id).ifPresent(article -> keepVersion(article, authorName, submit ? "ingediend" : "nieuw"));
		return id;
	}

	@Transactional
	public void edit(long id, String title, String lead, String body, @Nullable String province, String email, String name,
			boolean editor) {
		Article article = load(id).edited(title, lead, body, province, email, editor);
		save(article, name, editor && !article.writtenBy(email) ? "bewerkt door redactie" : "bewerkt");
	}

	@Transactional
	public void submit(long id, String email, String name) {
		save(load(id).submitted(email), name, "ingediend");
	}

	@Transactional
	public void accept(long id, String editorName) {
		save(load(id).accepted(), editorName, "geaccepteerd");
	}

	@Transactional
	public void sendBack(long id, String comment, String editorName) {
		save(load(id).returned(comment), editorName, "teruggestuurd: " + comment);
	}

	@Transactional
	public void place(long id, long issueId, String editorName) {
		// the issue's row lock keeps a send from starting between this check and the placing
		String issueStatus = jdbc.sql("select status from newsletter_issue where id = :issue for share")
			.param("issue", issueId).query(String.class).optional()
			.orElseThrow(() -> new EditorialRuleBroken("newsletter.rule.unknown"));
		if (IssueStatus.valueOf(issueStatus) == IssueStatus.SENT) {
			throw new EditorialRuleBroken("newsletter.rule.issueSent");
		}
		int next = jdbc.sql("select coalesce(max(position), 0) + 1 from newsletter_article where issue_id = :issue")
			.param("issue", issueId).query(Integer.class).single();
		save(load(id).placed(issueId, next), editorName, null);
	}

	@Transactional
	public void unplace(long id, String editorName) {
		save(load(id).unplaced(), editorName, null);
	}

	/** Moves a placed article one place up ({@code -1}) or down ({@code 1}) in its issue. */
	@Transactional
	public void move(long id, int direction) {
		Article article = load(id);
		if (article.issueId() == null || article.issueSent()) {
			throw new EditorialRuleBroken("newsletter.rule.notPlaceable");
		}
		List<Article> placed = ofIssue(article.issueId());
		int index = placed.stream().map(Article::id).toList().indexOf(id);
		int other = index + Integer.signum(direction);
		if (other < 0 || other >= placed.size()) {
			return;
		}
		java.util.ArrayList<Article> order = new java.util.ArrayList<>(placed);
		java.util.Collections.swap(order, index, other);
		for (int i = 0; i < order.size(); i++) {
			jdbc.sql("update newsletter_article set position = :p where id = :id").param("p", i + 1)
				.param("id", order.get(i).id()).update();
		}
	}

	/**
	 * Gives the article {@code picture} (already checked and written anew by {@code shared.images})
	 * under a new random key, so an old address stops showing it; a version notes the change.
	 */
	@Transactional
	public void setPicture(long id, Images.Picture picture, String alt, String email, String name, boolean editor) {
		Article article = load(id).edited(null, null, null, null, email, editor);
		jdbc.sql("""
				update newsletter_article
				set image = :image, image_type = :type, image_alt = :alt, image_width = :width, image_height = :height,
				    image_key = :key, version = :version, updated_at = :at
				where id = :id
				""")
			.param("id", id)
			.param("image", picture.content())
			.param("type", picture.contentType())
			.param("alt", alt)
			.param("width", picture.width())
			.param("height", picture.height())
			.param("key", PictureKeys.next())
			.param("version", article.version())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.update();
		find(id).ifPresent(saved -> keepVersion(saved, name, "foto: " + alt));
	}

	/** Takes the picture away; nothing when it has none. */
	@Transactional
	public void removePicture(long id, String email, String name, boolean editor) {
		Article article = load(id);
		if (article.picture() == null) {
			return;
		}
		Article edited = article.edited(null, null, null, null, email, editor);
		jdbc.sql("""
				update newsletter_article
				set image = null, image_type = null, image_alt = '', image_width = null, image_height = null,
				    image_key = null, version = :version, updated_at = :at
				where id = :id
				""")
			.param("id", id)
			.param("version", edited.version())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.update();
		find(id).ifPresent(saved -> keepVersion(saved, name, "foto weggehaald"));
	}

	/** The picture behind {@code key}; one lookup by a unique index. */
	public Optional<Images.Picture> picture(String key) {
		if (key == null || !PictureKeys.wellFormed(key)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select image, image_type, image_width, image_height from newsletter_article where image_key = :key
				""")
			.param("key", key)
			.query((rs, row) -> new Images.Picture(rs.getBytes(1), rs.getString(2), rs.getInt(3), rs.getInt(4)))
			.optional();
	}

	/**
	 * Removes the writer from the pieces of a person who asked to be erased: the pieces stay (they
	 * were published), signed "Correspondent". Safe to run twice.
	 */
	@Transactional
	public int anonymiseWriter(long person) {
		jdbc.sql("""
				update newsletter_article_version v set changed_by = 'Correspondent'
				from newsletter_article a
				where a.id = v.article_id and a.author_person = :person and v.changed_by = a.author_name
				""").param("person", person).update();
		return jdbc.sql("""
				update newsletter_article set author_email = 'gewist', author_name = 'Correspondent', author_person = null
				where author_person = :person
				""").param("person", person).update();
	}

	private Article load(long id) {
		return find(id).orElseThrow(() -> new EditorialRuleBroken("newsletter.rule.unknown"));
	}

	private void save(Article article, String who, @Nullable String note) {
		Instant now = clock.instant();
		jdbc.sql("""
				update newsletter_article
				set title = :title, lead = :lead, body = :body, province = :province, status = :status,
				    editor_comment = :comment, issue_id = :issue, position = :position, version = :version, updated_at = :at
				where id = :id
				""")
			.param("id", article.id())
			.param("title", article.title())
			.param("lead", article.lead())
			.param("body", article.body())
			.param("province", article.province())
			.param("status", article.status().name())
			.param("comment", article.editorComment())
			.param("issue", article.issueId())
			.param("position", article.position())
			.param("version", article.version())
			.param("at", java.sql.Timestamp.from(now))
			.update();
		if (note != null) {
			keepVersion(new Article(article.id(), article.title(), article.lead(), article.body(), article.province(),
					article.authorEmail(), article.authorName(), article.status(), article.editorComment(),
					article.issueId(), article.position(), article.version(), now, article.issueSent(), article.picture()),
					who, note);
		}
	}

	private void keepVersion(Article article, String who, String note) {
		jdbc.sql("""
				insert into newsletter_article_version (article_id, version, title, lead, body, status, changed_by, changed_at, note)
				values (:id, :version, :title, :lead, :body, :status, :who, :at, :note)
				on conflict (article_id, version) do nothing
				""")
			.param("id", article.id())
			.param("version", article.version())
			.param("title", article.title())
			.param("lead", article.lead())
			.param("body", article.body())
			.param("status", article.status().name())
			.param("who", who)
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("note", note)
			.update();
	}

	private static Article map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Article(rs.getLong("id"), rs.getString("title"), rs.getString("lead"), rs.getString("body"),
				rs.getString("province"), rs.getString("author_email"), rs.getString("author_name"),
				ArticleStatus.valueOf(rs.getString("status")), rs.getString("editor_comment"),
				(Long) rs.getObject("issue_id"), rs.getInt("position"), rs.getInt("version"),
				rs.getTimestamp("updated_at").toInstant(), rs.getBoolean("issue_sent"),
				rs.getString("image_key") == null ? null : new Article.Picture(rs.getString("image_key"),
						rs.getString("image_alt"), rs.getInt("image_width"), rs.getInt("image_height")));
	}
}
