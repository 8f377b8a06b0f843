package nl.alliantie.accounts.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
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

	final CsrfTokenRequestHandler handler = new TamperProofHandler();

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

	/**
	 * A sent token that is not one this handler masked can unmask to bytes that are not UTF-8;
	 * Spring Security's handler then throws (a 500 with a stack trace in the log). Such a token is
	 * simply not the right one: the CSRF filter refuses it with a 403.
	 */
	static final class TamperProofHandler implements CsrfTokenRequestHandler {

		private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response,
				java.util.function.Supplier<CsrfToken> token) {
			masked.handle(request, response, token);
		}

		@Override
		public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
			try {
				return masked.resolveCsrfTokenValue(request, csrfToken);
			}
			catch (IllegalArgumentException | IllegalStateException e) {
				return null;
			}
		}
	}
}
