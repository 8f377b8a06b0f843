package nl.alliantie.newsletter.editorial;

/** Where a piece of copy stands between its writer and the editors. */
public enum ArticleStatus {
	/** Being written; only its writer and the editors see it. */
	DRAFT,
	/** Handed in for the editors. */
	SUBMITTED,
	/** Sent back by an editor with a comment; the writer changes it and hands it in again. */
	RETURNED,
	/** Accepted by an editor; it can be placed in an issue. */
	ACCEPTED
}
