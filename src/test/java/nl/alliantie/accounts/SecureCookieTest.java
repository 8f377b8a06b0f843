package nl.alliantie.accounts;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie is {@code Secure} whenever the visitor came over https, also when a proxy in
 * front ends the https and says so with {@code X-Forwarded-Proto} (through the real Tomcat, whose
 * RemoteIpValve reads the header; MockMvc would not).
 */
@AlliantieTest
class SecureCookieTest {

	static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestLogins logins;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void behindAnHttpsProxyTheLoginCookiesAreSecure() throws Exception {
		List<String> cookies = logIn(logins.account(Grant.of(Role.REDACTIE)), "https");
		assertThat(cookies).filteredOn(cookie -> cookie.startsWith("alliantie-sessie="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
		assertThat(cookies).filteredOn(cookie -> cookie.startsWith("alliantie-apparaat="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
	}

	@Test
	void overPlainHttpTheyAreNotSoThatTheSiteStillWorksOnLocalhost() throws Exception {
		List<String> cookies = logIn(logins.account(Grant.of(Role.REDACTIE)), null);
		assertThat(cookies).filteredOn(cookie -> cookie.startsWith("alliantie-sessie="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).doesNotContainIgnoringCase("Secure"));
	}

	/** Logs in through the form as a browser behind a proxy would; returns the cookies set by the login. */
	private List<String> logIn(String email, String forwardedProto) throws Exception {
		HttpResponse<String> form = http.send(request("/inloggen", forwardedProto).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = FORM_TOKEN.matcher(form.body());
		assertThat(token.find()).as("a CSRF token on the login page").isTrue();
		String cookie = String.join("; ", form.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(set -> set.substring(0, set.indexOf(';')))
			.toList());
		String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&wachtwoord="
				+ URLEncoder.encode(TestLogins.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpRequest.Builder post = request("/inloggen", forwardedProto)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (!cookie.isEmpty()) {
			post.header("Cookie", cookie);
		}
		HttpResponse<String> login = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/beheer"));
		return login.headers().allValues("Set-Cookie");
	}

	private HttpRequest.Builder request(String path, String forwardedProto) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		if (forwardedProto != null) {
			request.header("X-Forwarded-Proto", forwardedProto).header("X-Forwarded-For", "203.0.113.7");
		}
		return request;
	}
}
