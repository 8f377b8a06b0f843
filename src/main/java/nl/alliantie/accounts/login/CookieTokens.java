package nl.alliantie.accounts.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.web.VisitorTokens;

/**
 * The CSRF tokens of visitors: the token itself in an HTTP-only cookie (no session needed for a
 * form), shown in a form masked afresh for every response (so that it cannot be read from a
 * compressed response, BREACH). Spring Security's filter and the public page cache make them the
 * same way, with these two objects.
 */
@Component
class CookieTokens implements VisitorTokens {

	static final String COOKIE = "alliantie-csrf";

	final CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();

	final XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();

	CookieTokens() {
		repository.setCookieName(COOKIE);
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true));
	}

	@Override
	public String issue(HttpServletRequest request, HttpServletResponse response) {
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (token == null) {
			var deferred = repository.loadDeferredToken(request, response);
			handler.handle(request, response, deferred::get);
			token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		}
		return token.getToken();
	}

	@Override
	public boolean isTokenCookie(String setCookie) {
		return setCookie.startsWith(COOKIE + "=");
	}
}
