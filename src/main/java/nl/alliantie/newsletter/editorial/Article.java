package nl.alliantie.newsletter.editorial;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A piece of copy. Its rules: a correspondent edits it while it is a draft or sent back; an editor
 * edits it until its issue is sent; it is accepted or sent back only when handed in; it is placed
 * in an issue only when accepted, and only in an issue not yet sent. Whoever may edit the text may
 * change its picture.
 */
public record Article(long id, String title, String lead, String body, @Nullable String province, String authorEmail,
		String authorName, ArticleStatus status, @Nullable String editorComment, @Nullable Long issueId, int position, int version,
		Instant updatedAt, boolean issueSent, @Nullable Picture picture) {

	/**
	 * The article's one picture as {@code shared.images} wrote it anew, served at {@link #path()}:
	 * the same address for every reader, so the mail carries no tracking pixel.
	 */
	public record Picture(String key, String alt, int width, int height) {

		public String path() {
			return "/nieuwsbrief/beeld/" + key;
		}
	}

	public static final int MAX_TITLE = 200;

	public static final int MAX_LEAD = 1000;

	public static final int MAX_BODY = 30000;

	boolean writtenBy(String email) {
		return authorEmail.equalsIgnoreCase(email);
	}

	/** Whether {@code editor} (an editor or not) may change the text now. */
	boolean editableBy(String email, boolean editor) {
		if (issueSent) {
			return false;
		}
		return editor || writtenBy(email) && (status == ArticleStatus.DRAFT || status == ArticleStatus.RETURNED);
	}

	/** The article with new text, or ({@code null} title, lead and body) only a new version, for one who may edit it. */
	Article edited(@Nullable String title, @Nullable String lead, @Nullable String body, @Nullable String province, String email, boolean editor) {
		if (!editableBy(email, editor)) {
			throw new EditorialRuleBroken("newsletter.rule.notEditable");
		}
		if (title == null || lead == null || body == null) { // callers give all three or none
			return new Article(id, this.title, this.lead, this.body, this.province, authorEmail, authorName, status,
					editorComment, issueId, position, version + 1, updatedAt, issueSent, picture);
		}
		return new Article(id, title, lead, body, province, authorEmail, authorName, status, editorComment, issueId,
				position, version + 1, updatedAt, issueSent, picture);
	}

	Article submitted(String email) {
		if (!writtenBy(email) || !(status == ArticleStatus.DRAFT || status == ArticleStatus.RETURNED)) {
			throw new EditorialRuleBroken("newsletter.rule.notSubmittable");
		}
		return withStatus(ArticleStatus.SUBMITTED, editorComment);
	}

	Article accepted() {
		if (status != ArticleStatus.SUBMITTED) {
			throw new EditorialRuleBroken("newsletter.rule.notSubmitted");
		}
		return withStatus(ArticleStatus.ACCEPTED, null);
	}

	Article returned(String comment) {
		if (status != ArticleStatus.SUBMITTED && status != ArticleStatus.ACCEPTED || issueId != null) {
			throw new EditorialRuleBroken("newsletter.rule.notReturnable");
		}
		return withStatus(ArticleStatus.RETURNED, comment);
	}

	Article placed(long issue, int at) {
		if (status != ArticleStatus.ACCEPTED || issueSent) {
			throw new EditorialRuleBroken("newsletter.rule.notPlaceable");
		}
		return new Article(id, title, lead, body, province, authorEmail, authorName, status, editorComment, issue, at,
				version, updatedAt, false, picture);
	}

	Article unplaced() {
		if (issueSent) {
			throw new EditorialRuleBroken("newsletter.rule.issueSent");
		}
		return new Article(id, title, lead, body, province, authorEmail, authorName, status, editorComment, null, 0,
				version, updatedAt, false, picture);
	}

	private Article withStatus(ArticleStatus next, @Nullable String comment) {
		return new Article(id, title, lead, body, province, authorEmail, authorName, next, comment, issueId, position,
				version + 1, updatedAt, issueSent, picture);
	}
}
