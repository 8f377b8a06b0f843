package nl.alliantie.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.csrf.CsrfToken;
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
 * without a session (not logged in), answered 200 with HTML, that set no cookie. A page with a form
 * is kept with a hole where the CSRF token goes ("hole punching", as with edge-side includes): the
 * page is rendered with a placeholder, and every visitor gets their own token in its place from
 * {@link VisitorTokens}, the way Spring Security's filter would have made it; without
 * {@link VisitorTokens} a page with a token is never kept ({@link #markPersonal}). A search ({@code q})
 * is always answered fresh. The language is part of the key. Any change (a request that is not a
 * GET) empties the cache, so whoever changes something sees it at once; another instance on the
 * same database shows it within the second.
 */
public class PublicPageCache extends OncePerRequestFilter {

	/** Request attribute set when a page holds something of this visitor only (a token, a form key). */
	static final String PERSONAL = PublicPageCache.class.getName() + ".personal";

	/** Request attribute with the placeholder a token is rendered as while a page is captured. */
	static final String PLACEHOLDER = PublicPageCache.class.getName() + ".placeholder";

	/** Request attribute set when the captured page has a token placeholder in it. */
	static final String HOLES = PublicPageCache.class.getName() + ".holes";

	/** At most about 6 MB of pages (500 of ~13 KB), so that the cache fits a small heap. */
	static final int MAX_ENTRIES = 500;

	static final int MAX_BYTES = 512 * 1024;

	/** A kept page: its body in parts, with a visitor's CSRF token between each two parts. */
	private record Page(byte[][] parts, Map<String, List<String>> headers, long until) {
	}

	private final ConcurrentHashMap<String, Page> pages = new ConcurrentHashMap<>();

	private final long ttlNanos;

	private final List<PathPattern> paths;

	private final LocaleResolver locales;

	private final String sessionCookie;

	private final @Nullable VisitorTokens tokens;

	/** Unguessable, so that no text a visitor wrote can be taken for it. */
	private final String placeholder;

	private final byte[] placeholderBytes;

	/** Monotonic time in nanoseconds: {@code System::nanoTime}, or a hand-moved one in tests. */
	private final LongSupplier ticker;

	public PublicPageCache(Duration ttl, Collection<String> paths, LocaleResolver locales, String sessionCookie) {
		this(ttl, paths, locales, sessionCookie, null);
	}

	public PublicPageCache(Duration ttl, Collection<String> paths, LocaleResolver locales, String sessionCookie,
			@Nullable VisitorTokens tokens) {
		this(ttl, paths, locales, sessionCookie, tokens, System::nanoTime);
	}

	PublicPageCache(Duration ttl, Collection<String> paths, LocaleResolver locales, String sessionCookie,
			@Nullable VisitorTokens tokens, LongSupplier ticker) {
		this.ticker = ticker;
		this.ttlNanos = ttl.toNanos();
		this.paths = paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.locales = locales;
		this.sessionCookie = sessionCookie;
		this.tokens = tokens;
		byte[] random = new byte[16];
		new SecureRandom().nextBytes(random);
		this.placeholder = "csrf-hole-" + HexFormat.of().formatHex(random);
		this.placeholderBytes = placeholder.getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * The CSRF token text a form shows: the real token, which makes the page personal, or, while
	 * this cache captures the page, a placeholder that each visitor's own token replaces.
	 */
	public static String tokenInPage(HttpServletRequest request, CsrfToken token) {
		if (request.getAttribute(PLACEHOLDER) instanceof String hole) {
			request.setAttribute(HOLES, Boolean.TRUE);
			return hole;
		}
		markPersonal(request);
		return token.getToken();
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
		if (page != null && ticker.getAsLong() - page.until() < 0) {
			replay(page, request, response);
			return;
		}
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		if (tokens != null) {
			request.setAttribute(PLACEHOLDER, placeholder);
		}
		try {
			chain.doFilter(request, capture);
			keep(key, request, capture);
		}
		finally {
			request.removeAttribute(PLACEHOLDER);
			if (request.getAttribute(HOLES) != null) {
				// This visitor gets the page with their own token, like every later one.
				byte[] filled = fill(split(capture.getContentAsByteArray()), holeTokens().issue(request, capture));
				capture.resetBuffer();
				capture.getOutputStream().write(filled);
			}
			capture.copyBodyToResponse();
		}
	}

	private @Nullable String key(HttpServletRequest request) {
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
		boolean holes = request.getAttribute(HOLES) != null;
		if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")
				|| request.getAttribute(PERSONAL) != null || !onlyTokenCookies(response, holes)
				|| response.getContentSize() > MAX_BYTES || request.getSession(false) != null) {
			return;
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!name.equalsIgnoreCase(HttpHeaders.DATE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)
					&& !name.equalsIgnoreCase(HttpHeaders.TRANSFER_ENCODING)
					&& !name.equalsIgnoreCase(HttpHeaders.SET_COOKIE)) {
				headers.put(name, new ArrayList<>(response.getHeaders(name)));
			}
		}
		headers.put(HttpHeaders.CONTENT_TYPE, List.of(type));
		if (pages.size() >= MAX_ENTRIES) {
			pages.clear();
		}
		byte[] body = response.getContentAsByteArray();
		byte[][] parts = holes ? split(body) : new byte[][] { body };
		pages.put(key, new Page(parts, headers, ticker.getAsLong() + ttlNanos));
	}

	/** The visitor tokens, there whenever a page has a token hole (only they leave the placeholder in it). */
	private VisitorTokens holeTokens() {
		if (tokens == null) {
			throw new IllegalStateException("a page with a token hole while the cache has no visitor tokens");
		}
		return tokens;
	}

	/** No cookie at all, or (on a page with a token hole) only the token's own cookie. */
	private boolean onlyTokenCookies(HttpServletResponse response, boolean holes) {
		Collection<String> cookies = response.getHeaders(HttpHeaders.SET_COOKIE);
		return cookies.isEmpty() || (holes && cookies.stream().allMatch(holeTokens()::isTokenCookie));
	}

	/** The body cut at every placeholder. */
	private byte[][] split(byte[] body) {
		List<byte[]> parts = new ArrayList<>();
		int start = 0;
		for (int i = indexOf(body, 0); i >= 0; i = indexOf(body, start)) {
			parts.add(Arrays.copyOfRange(body, start, i));
			start = i + placeholderBytes.length;
		}
		parts.add(Arrays.copyOfRange(body, start, body.length));
		return parts.toArray(byte[][]::new);
	}

	private int indexOf(byte[] body, int from) {
		byte first = placeholderBytes[0];
		outer: for (int i = from; i <= body.length - placeholderBytes.length; i++) {
			if (body[i] != first) {
				continue;
			}
			for (int j = 1; j < placeholderBytes.length; j++) {
				if (body[i + j] != placeholderBytes[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private void replay(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
		// The token first: making it may set its cookie, which must go out before the body.
		String token = page.parts().length > 1 ? holeTokens().issue(request, response) : null;
		byte[] body = token == null ? page.parts()[0] : fill(page.parts(), token);
		response.setStatus(200);
		page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** The page with {@code token} in every hole between its parts. */
	private static byte[] fill(byte[][] parts, String token) {
		if (!token.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '='))) {
			throw new IllegalStateException("A CSRF token must be safe in HTML as it is");
		}
		byte[] tokenBytes = token.getBytes(StandardCharsets.US_ASCII);
		int length = tokenBytes.length * (parts.length - 1);
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] page = new byte[length];
		int at = 0;
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				System.arraycopy(tokenBytes, 0, page, at, tokenBytes.length);
				at += tokenBytes.length;
			}
			System.arraycopy(parts[i], 0, page, at, parts[i].length);
			at += parts[i].length;
		}
		return page;
	}
}
