package nl.alliantie.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Serves the same public page to visitors without an account for up to a second (a "micro
 * cache", as a front proxy would): when many people open the signals, the directory or a
 * municipality at once, the page is built once a second instead of for each of them.
 * <p>
 * Only what is the same for every visitor is kept: a GET of a listed public page, by a visitor
 * without a session (not logged in), answered 200 with HTML, that set no cookie and showed no
 * CSRF token (a page with a form is never kept, see {@link #markPersonal}). A search ({@code q})
 * is always answered fresh. The language is part of the key. Any change (a request that is not a
 * GET) empties the cache, so whoever changes something sees it at once; another instance on the
 * same database shows it within the second.
 */
public class PublicPageCache extends OncePerRequestFilter {

	/** Request attribute set when a page holds something of this visitor only (a CSRF token). */
	static final String PERSONAL = PublicPageCache.class.getName() + ".personal";

	/** At most about 6 MB of pages (500 of ~13 KB), so that the cache fits a small heap. */
	static final int MAX_ENTRIES = 500;

	static final int MAX_BYTES = 512 * 1024;

	private record Page(byte[] body, Map<String, List<String>> headers, long until) {
	}

	private final ConcurrentHashMap<String, Page> pages = new ConcurrentHashMap<>();

	private final long ttlNanos;

	private final List<PathPattern> paths;

	private final LocaleResolver locales;

	private final String sessionCookie;

	public PublicPageCache(Duration ttl, Collection<String> paths, LocaleResolver locales, String sessionCookie) {
		this.ttlNanos = ttl.toNanos();
		this.paths = paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.locales = locales;
		this.sessionCookie = sessionCookie;
	}

	/** Marks the current request's page as personal: it is not kept for others. */
	public static void markPersonal(HttpServletRequest request) {
		request.setAttribute(PERSONAL, Boolean.TRUE);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod())) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				if (!"HEAD".equals(request.getMethod()) && !"OPTIONS".equals(request.getMethod())) {
					pages.clear();
				}
			}
			return;
		}
		String key = key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Page page = pages.get(key);
		if (page != null && System.nanoTime() - page.until() < 0) {
			replay(page, response);
			return;
		}
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, capture);
			keep(key, request, capture);
		}
		finally {
			capture.copyBodyToResponse();
		}
	}

	private String key(HttpServletRequest request) {
		if (ttlNanos <= 0 || request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getParameter("q") != null
				|| hasSession(request)) {
			return null;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		if (paths.stream().noneMatch(pattern -> pattern.matches(path))) {
			return null;
		}
		Locale locale = locales.resolveLocale(request);
		String query = request.getQueryString();
		return locale.toLanguageTag() + (request.getHeader("HX-Request") != null ? " hx " : " ") + request.getRequestURI()
				+ (query == null ? "" : "?" + query);
	}

	private boolean hasSession(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (cookie.getName().equals(sessionCookie)) {
					return true;
				}
			}
		}
		return false;
	}

	private void keep(String key, HttpServletRequest request, ContentCachingResponseWrapper response) {
		String type = response.getContentType();
		if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")
				|| request.getAttribute(PERSONAL) != null || !response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
				|| response.getContentSize() > MAX_BYTES || request.getSession(false) != null) {
			return;
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!name.equalsIgnoreCase(HttpHeaders.DATE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)
					&& !name.equalsIgnoreCase(HttpHeaders.TRANSFER_ENCODING)) {
				headers.put(name, new ArrayList<>(response.getHeaders(name)));
			}
		}
		headers.put(HttpHeaders.CONTENT_TYPE, List.of(type));
		if (pages.size() >= MAX_ENTRIES) {
			pages.clear();
		}
		pages.put(key, new Page(response.getContentAsByteArray(), headers, System.nanoTime() + ttlNanos));
	}

	private static void replay(Page page, HttpServletResponse response) throws IOException {
		response.setStatus(200);
		page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}
}
