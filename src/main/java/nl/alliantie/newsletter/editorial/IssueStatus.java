package nl.alliantie.newsletter.editorial;

/** An issue is planned until it is sent; a sent issue is in the public archive and cannot change. */
public enum IssueStatus {
	PLANNED, SENT
}
