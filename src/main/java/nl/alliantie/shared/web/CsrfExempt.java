package nl.alliantie.shared.web;

/**
 * A POST that needs no CSRF token, contributed as a bean by the module that owns it. Only for a
 * request whose URL carries its own proof (a secret token) and that a mail program sends without
 * the visitor's cookies, such as the one-click unsubscribe of RFC 8058.
 *
 * @param pathPattern a Spring path pattern, e.g. {@code /nieuwsbrief/afmelden/{token}}
 */
public record CsrfExempt(String pathPattern) {

	public CsrfExempt {
		if (pathPattern == null || !pathPattern.startsWith("/") || !pathPattern.contains("{")) {
			throw new IllegalArgumentException("An exempt path carries a token: " + pathPattern);
		}
	}
}
