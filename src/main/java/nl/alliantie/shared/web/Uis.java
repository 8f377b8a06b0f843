package nl.alliantie.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;

/** Builds the {@link Ui} for a request, also outside controllers (error pages). */
public final class Uis {

	private Uis() {
	}

	/** The CSRF token; the {@link PublicPageCache} shares a page that shows it only with a hole in its place. */
	private record PersonalToken(CsrfToken token, HttpServletRequest request) implements CsrfToken {

		@Override
		public String getHeaderName() {
			return token.getHeaderName();
		}

		@Override
		public String getParameterName() {
			return token.getParameterName();
		}

		@Override
		public String getToken() {
			return PublicPageCache.tokenInPage(request, token);
		}
	}

	public static Ui of(HttpServletRequest request, MessageSource messages, List<NavItem> navigation, String siteName,
			boolean demo) {
		return of(request, messages, navigation, siteName, demo, List.of());
	}

	/** With the links of {@code links} in the menu and the footer. */
	public static Ui of(HttpServletRequest request, MessageSource messages, List<NavItem> navigation, String siteName,
			boolean demo, List<SiteLinks> links) {
		String path = request.getRequestURI();
		Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
		if (forwarded instanceof String original) {
			path = original;
		}
		String query = request.getQueryString();
		String withQuery = query == null || forwarded != null ? path : path + "?" + query;
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		CsrfToken csrf = token == null ? null : new PersonalToken(token, request);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Viewer viewer = authentication != null && authentication.getPrincipal() instanceof Viewer v ? v : null;
		List<SiteLinks.Link> menu = links.isEmpty() ? List.of()
				: links.stream().flatMap(contributor -> contributor.menu().stream()).toList();
		List<SiteLinks.Link> footer = links.isEmpty() ? List.of()
				: links.stream().flatMap(contributor -> contributor.footer().stream()).toList();
		return new Ui(messages, LocaleContextHolder.getLocale(), path, withQuery, csrf, viewer, navigation, siteName,
				demo, menu, footer);
	}
}
