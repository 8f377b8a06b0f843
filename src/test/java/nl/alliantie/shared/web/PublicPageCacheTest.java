package nl.alliantie.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** What the one-second cache of public pages keeps, for whom, and when it lets go. */
class PublicPageCacheTest {

	final AtomicInteger built = new AtomicInteger();

	final PublicPageCache cache = new PublicPageCache(Duration.ofSeconds(30), List.of("/signalen", "/gemeenten/{naam}"),
			locales(), "alliantie-sessie");

	@Test
	void aPublicPageIsBuiltOnceAndServedWithItsHeaders() throws Exception {
		MockHttpServletResponse first = get(request("/signalen"), this::page);
		MockHttpServletResponse second = get(request("/signalen"), this::page);
		assertThat(built).hasValue(1);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("pagina 1");
		assertThat(second.getHeader("Content-Security-Policy")).isEqualTo("default-src 'self'");
		assertThat(second.getContentType()).startsWith("text/html");
		assertThat(second.getContentLength()).isEqualTo(first.getContentAsByteArray().length);
	}

	@Test
	void eachLanguageAndEachQueryHasItsOwnPage() throws Exception {
		get(request("/signalen"), this::page);
		MockHttpServletRequest english = request("/signalen");
		english.setCookies(new Cookie("alliantie-taal", "en"));
		get(english, this::page);
		MockHttpServletRequest filtered = request("/signalen");
		filtered.setQueryString("thema=schulden");
		get(filtered, this::page);
		assertThat(built).hasValue(3);
	}

	@Test
	void searchesSessionsFormsCookiesErrorsAndUnlistedPagesAreNeverKept() throws Exception {
		MockHttpServletRequest search = request("/signalen");
		search.setParameter("q", "bijstand");
		twice(search, this::page);
		MockHttpServletRequest loggedIn = request("/signalen");
		loggedIn.setCookies(new Cookie("alliantie-sessie", "abc"));
		twice(loggedIn, this::page);
		twice(request("/signalen/melden"), this::page);
		twice(request("/gemeenten/Assen"), (request, response) -> {
			PublicPageCache.markPersonal((jakarta.servlet.http.HttpServletRequest) request);
			page(request, response);
		});
		twice(request("/gemeenten/Emmen"), (request, response) -> {
			((HttpServletResponse) response).addCookie(new Cookie("alliantie-csrf", "x"));
			page(request, response);
		});
		twice(request("/gemeenten/Nergens"), (request, response) -> {
			built.incrementAndGet();
			((HttpServletResponse) response).setStatus(404);
		});
		assertThat(built).hasValue(12);
	}

	@Test
	void anyChangeEmptiesTheCache() throws Exception {
		get(request("/signalen"), this::page);
		MockHttpServletRequest post = request("/signalen/melden");
		post.setMethod("POST");
		cache.doFilter(post, new MockHttpServletResponse(), (request, response) -> {
		});
		get(request("/signalen"), this::page);
		assertThat(built).hasValue(2);
	}

	@Test
	void aKeptPageExpires() throws Exception {
		AtomicLong now = new AtomicLong();
		PublicPageCache brief = new PublicPageCache(Duration.ofMillis(50), List.of("/signalen"), locales(), "alliantie-sessie",
				null, now::get);
		brief.doFilter(request("/signalen"), new MockHttpServletResponse(), this::page);
		now.addAndGet(Duration.ofMillis(49).toNanos());
		brief.doFilter(request("/signalen"), new MockHttpServletResponse(), this::page);
		assertThat(built).as("still kept just before it expires").hasValue(1);
		now.addAndGet(Duration.ofMillis(2).toNanos());
		brief.doFilter(request("/signalen"), new MockHttpServletResponse(), this::page);
		assertThat(built).hasValue(2);
	}

	@Test
	void aPageWithAFormIsKeptWithAHoleAndEachVisitorGetsTheirOwnToken() throws Exception {
		AtomicInteger issued = new AtomicInteger();
		VisitorTokens tokens = new VisitorTokens() {
			@Override
			public String issue(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) {
				if (request.getCookies() == null) {
					response.addHeader("Set-Cookie", "alliantie-csrf=raw" + issued.incrementAndGet() + "; HttpOnly");
				}
				return "masked-" + issued.get() + "_" + built.get() + "=";
			}

			@Override
			public boolean isTokenCookie(String setCookie) {
				return setCookie.startsWith("alliantie-csrf=");
			}
		};
		PublicPageCache forms = new PublicPageCache(Duration.ofSeconds(30), List.of("/inloggen"), locales(),
				"alliantie-sessie", tokens);
		FilterChain form = (request, response) -> {
			built.incrementAndGet();
			var http = (jakarta.servlet.http.HttpServletRequest) request;
			var token = new org.springframework.security.web.csrf.DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "never-shown");
			((HttpServletResponse) response).setContentType("text/html;charset=UTF-8");
			response.getWriter().write("<form><input name=\"_csrf\" value=\"" + PublicPageCache.tokenInPage(http, token)
					+ "\"><input name=\"x\" value=\"" + PublicPageCache.tokenInPage(http, token) + "\"></form>");
		};

		MockHttpServletResponse first = new MockHttpServletResponse();
		forms.doFilter(request("/inloggen"), first, form);
		MockHttpServletResponse second = new MockHttpServletResponse();
		forms.doFilter(request("/inloggen"), second, form);
		MockHttpServletRequest returning = request("/inloggen");
		returning.setCookies(new Cookie("alliantie-csrf", "raw2"));
		MockHttpServletResponse third = new MockHttpServletResponse();
		forms.doFilter(returning, third, form);

		assertThat(built).hasValue(1);
		assertThat(first.getContentAsString()).isEqualTo(
				"<form><input name=\"_csrf\" value=\"masked-1_1=\"><input name=\"x\" value=\"masked-1_1=\"></form>");
		assertThat(first.getHeader("Set-Cookie")).isEqualTo("alliantie-csrf=raw1; HttpOnly");
		assertThat(second.getContentAsString()).isEqualTo(
				"<form><input name=\"_csrf\" value=\"masked-2_1=\"><input name=\"x\" value=\"masked-2_1=\"></form>");
		assertThat(second.getContentLength()).isEqualTo(second.getContentAsByteArray().length);
		assertThat(second.getHeaders("Set-Cookie")).containsExactly("alliantie-csrf=raw2; HttpOnly");
		assertThat(third.getContentAsString()).contains("masked-2_1=").doesNotContain("csrf-hole");
		assertThat(third.getHeaders("Set-Cookie")).isEmpty();
	}

	@Test
	void withoutVisitorTokensAPageWithATokenIsNeverKept() throws Exception {
		FilterChain form = (request, response) -> {
			built.incrementAndGet();
			var token = new org.springframework.security.web.csrf.DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "echt");
			((HttpServletResponse) response).setContentType("text/html;charset=UTF-8");
			response.getWriter()
				.write("<input value=\"" + PublicPageCache.tokenInPage((jakarta.servlet.http.HttpServletRequest) request, token) + "\">");
		};
		MockHttpServletResponse first = get(request("/signalen"), form);
		get(request("/signalen"), form);
		assertThat(built).hasValue(2);
		assertThat(first.getContentAsString()).isEqualTo("<input value=\"echt\">");
	}

	private void twice(MockHttpServletRequest request, FilterChain chain) throws Exception {
		get(request, chain);
		get(request, chain);
	}

	private MockHttpServletResponse get(MockHttpServletRequest request, FilterChain chain) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		cache.doFilter(request, response, chain);
		return response;
	}

	private void page(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) throws IOException {
		built.incrementAndGet();
		HttpServletResponse http = (HttpServletResponse) response;
		http.setStatus(200);
		http.setContentType("text/html;charset=UTF-8");
		http.setHeader("Content-Security-Policy", "default-src 'self'");
		http.getWriter().write("<p>pagina 1 — " + built.get() + "</p>");
	}

	private static MockHttpServletRequest request(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRequestURI(path);
		return request;
	}

	private static CookieLocaleResolver locales() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("alliantie-taal");
		resolver.setDefaultLocale(Locale.of("nl"));
		return resolver;
	}
}
