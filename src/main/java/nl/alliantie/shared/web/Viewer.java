package nl.alliantie.shared.web;

/**
 * The logged-in person as pages see them. The accounts module's principal implements it, so that
 * layout code needs no knowledge of accounts.
 */
public interface Viewer {

	String displayName();

	boolean hasRole(String role);
}
