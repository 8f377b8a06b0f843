package nl.alliantie.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The CSRF token of a visitor, also for a page the {@link PublicPageCache} serves without Spring
 * Security's filter chain: the kept page has a hole where the form's token goes, and each visitor
 * gets their own token in it, made the way the security filter makes it.
 */
public interface VisitorTokens {

	/**
	 * The token to show in this visitor's form: their own token (made, with its cookie set on the
	 * response, when they have none yet), masked afresh for this response.
	 */
	String issue(HttpServletRequest request, HttpServletResponse response);

	/** Whether a {@code Set-Cookie} value sets nothing but the token's cookie. */
	boolean isTokenCookie(String setCookie);
}
