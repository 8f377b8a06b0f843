package nl.alliantie.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * An entry in the main navigation, contributed as a bean by the module that owns the page.
 *
 * @param messageKey key of the label in the message bundles
 * @param path where it leads
 * @param order position, lower first
 * @param role the role needed to see it ({@link #LOGGED_IN} for anyone logged in), or {@code null}
 * for everyone; the secretariat sees every item
 */
public record NavItem(String messageKey, String path, int order, @Nullable String role) {

	public static final String LOGGED_IN = "*";

	public static NavItem everyone(String messageKey, String path, int order) {
		return new NavItem(messageKey, path, order, null);
	}

	public static NavItem loggedIn(String messageKey, String path, int order) {
		return new NavItem(messageKey, path, order, LOGGED_IN);
	}

	public static NavItem forRole(String role, String messageKey, String path, int order) {
		return new NavItem(messageKey, path, order, role);
	}
}
