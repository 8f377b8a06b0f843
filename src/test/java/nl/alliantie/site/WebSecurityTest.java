package nl.alliantie.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.alliantie.AlliantieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * CSRF (forms and htmx), security headers and cookies, as a browser meets them. Runs in a context
 * of its own: Spring Security's MockMvc {@code csrf()}, which the other tests use, swaps the CSRF
 * token repository of the shared filter chain for a session-based one. The one-second page cache is
 * on here as in production (for 30 seconds), so that the forms it serves are tested as well.
 */
@AlliantieTest
@TestPropertySource(properties = { "alliantie.test.context=web-security", "alliantie.web.page-cache=30s" })
class WebSecurityTest {

	static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern HX_TOKEN = Pattern.compile("hx-headers=\"\\{&#34;X-XSRF-TOKEN&#34;:&#34;([^&]+)&#34;}\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	nl.alliantie.accounts.login.TestLogins logins;

	@LocalServerPort
	int port;

	@Test
	void aPostWithoutTheTokenIsRefused() throws Exception {
		mvc.perform(post("/probe/formulier")).andExpect(status().isForbidden());
		mvc.perform(post("/inloggen").param("email", "a@b.nl").param("wachtwoord", "x")).andExpect(status().isForbidden());
		mvc.perform(post("/probe/formulier").cookie(new Cookie("alliantie-csrf", "abc")).param("_csrf", "abd"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theTokenOfTheFormAndOfHtmxIsAccepted() throws Exception {
		MvcResult page = mvc.perform(get("/inloggen")).andExpect(status().isOk()).andReturn();
		Cookie cookie = page.getResponse().getCookie("alliantie-csrf");
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		String formToken = find(FORM_TOKEN, page.getResponse().getContentAsString());
		mvc.perform(post("/probe/formulier").cookie(cookie).param("_csrf", formToken))
			.andExpect(content().string("ontvangen"));

		// htmx requests of logged-in people carry the token in a header
		MvcResult staffPage = mvc.perform(get("/beheer").with(logins.secretariat()).cookie(cookie))
			.andExpect(status().isOk())
			.andReturn();
		String htmxToken = find(HX_TOKEN, staffPage.getResponse().getContentAsString());
		mvc.perform(post("/probe/formulier").cookie(cookie).header("X-XSRF-TOKEN", htmxToken).header("HX-Request", "true"))
			.andExpect(content().string("ontvangen"));
	}

	/**
	 * A public page without a form makes no token (and sets no cookie), so the one-second cache may
	 * share it; a page with a form that the cache does not keep is this visitor's own, and one it
	 * keeps has a hole where each visitor's own token goes.
	 */
	@Test
	void aPublicPageWithoutAFormMakesNoTokenAndOneWithAFormIsPersonalOrHasAHole() throws Exception {
		String personal = nl.alliantie.shared.web.PublicPageCache.class.getName() + ".personal";
		String holes = nl.alliantie.shared.web.PublicPageCache.class.getName() + ".holes";
		// (the home page has the newsletter's subscribe form since issue 17: the organisations list has none)
		MvcResult page = mvc.perform(get("/organisaties").header("Accept-Language", "nl-NL")).andExpect(status().isOk())
			.andReturn();
		assertThat(page.getResponse().getContentAsString()).doesNotContain("hx-headers");
		assertThat(page.getResponse().getCookie("alliantie-csrf")).isNull();
		assertThat(page.getRequest().getAttribute(personal)).isNull();
		MvcResult report = mvc.perform(get("/signalen/melden")).andExpect(status().isOk()).andReturn();
		assertThat(report.getRequest().getAttribute(personal)).isEqualTo(Boolean.TRUE);
		assertThat(report.getRequest().getAttribute(holes)).isNull();
	}

	/**
	 * The login form comes from the page cache to everyone: each visitor gets a cookie and a token of
	 * their own, the page never shows the placeholder, and only a visitor's own pair logs in.
	 */
	@Test
	void aKeptFormGivesEveryVisitorTheirOwnToken() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String base = "http://localhost:" + port;
		HttpResponse<String> first = loginPage(http, base);
		HttpResponse<String> second = loginPage(http, base);
		String firstToken = find(FORM_TOKEN, first.body());
		String secondToken = find(FORM_TOKEN, second.body());
		String firstCookie = first.headers().firstValue("Set-Cookie").orElseThrow();
		String secondCookie = second.headers().firstValue("Set-Cookie").orElseThrow();
		// the page was kept: a third visitor's request does not reach the controller (no hole is made)
		MvcResult third = mvc.perform(get("/inloggen")).andExpect(status().isOk()).andReturn();
		assertThat(third.getRequest().getAttribute(nl.alliantie.shared.web.PublicPageCache.class.getName() + ".holes")).isNull();
		assertThat(third.getResponse().getContentAsString()).doesNotContain("csrf-hole").contains("name=\"_csrf\"");
		assertThat(secondToken).isNotEqualTo(firstToken);
		assertThat(secondCookie).isNotEqualTo(firstCookie).contains("HttpOnly").contains("SameSite=Lax");
		assertThat(second.body()).doesNotContain("csrf-hole").isEqualTo(first.body().replace(firstToken, secondToken));
		assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(second.headers().firstValue("Content-Length")).hasValue(
				String.valueOf(second.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));

		// A returning visitor keeps their cookie; their token is masked afresh, and it works.
		HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(base + "/inloggen"))
			.header("Cookie", cookie(secondCookie))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
		String againToken = find(FORM_TOKEN, again.body());
		assertThat(againToken).isNotEqualTo(secondToken);

		assertThat(login(http, base, cookie(secondCookie), firstToken).statusCode()).isEqualTo(403);
		assertThat(login(http, base, cookie(secondCookie), againToken).statusCode()).isEqualTo(302);
	}

	private static HttpResponse<String> loginPage(HttpClient http, String base) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + "/inloggen")).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> login(HttpClient http, String base, String cookie, String token) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(base + "/inloggen"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString("email=admin%40test.alliantie.local&wachtwoord=test-admin-wachtwoord&_csrf="
					+ java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String cookie(String setCookie) {
		return setCookie.substring(0, setCookie.indexOf(';'));
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() throws Exception {
		for (String path : new String[] { "/", "/inloggen", "/bestaat-niet" }) {
			mvc.perform(get(path))
				.andExpect(header().string("Content-Security-Policy", allOf(containsString("default-src 'self'"),
						containsString("script-src 'self'"), containsString("frame-ancestors 'none'"),
						not(containsString("unsafe-inline")), not(containsString("unsafe-eval")))))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("X-Frame-Options", "DENY"));
		}
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String base = "http://localhost:" + port;
		HttpResponse<String> form = loginPage(http, base);
		String csrfCookie = form.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(csrfCookie).contains("HttpOnly").contains("SameSite=Lax");
		String token = find(FORM_TOKEN, form.body());
		HttpResponse<String> login = login(http, base, cookie(csrfCookie), token);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/beheer");
		String session = login.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("alliantie-sessie="))
			.findFirst()
			.orElseThrow();
		assertThat(session).contains("HttpOnly").contains("SameSite=Lax");
	}

	@Test
	void aPublicPageCreatesNoSession() throws Exception {
		mvc.perform(get("/")).andExpect(result -> assertThat(result.getResponse().getCookie("alliantie-sessie")).isNull());
	}

	private static String find(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		assertThat(matcher.find()).as("%s in page", pattern).isTrue();
		return matcher.group(1);
	}
}
