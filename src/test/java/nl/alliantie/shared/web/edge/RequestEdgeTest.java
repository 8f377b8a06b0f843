package nl.alliantie.shared.web.edge;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import nl.alliantie.AlliantieTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What arrives before any module sees a request, through the real server: Tomcat's own refusals
 * are the site's page, a tampered CSRF token is a 403 with one log line, and control characters
 * never reach a form. Shares the real-CSRF context of {@code WebSecurityTest}.
 */
@AlliantieTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = { "alliantie.test.context=web-security", "alliantie.web.page-cache=30s" })
class RequestEdgeTest {

	static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void whatTomcatRefusesItselfIsTheSitesOwnDutchPage() throws Exception {
		String longQuery = "/signalen?q=" + "a".repeat(20_000);
		for (String path : List.of("/gemeenten/%00", "/signalen/%00/x", longQuery, "/organisaties?" + "x=1&".repeat(6000))) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path.substring(0, Math.min(60, path.length()))).isEqualTo(400);
			assertThat(response.body()).contains("<html lang=\"nl\">", "Dit verzoek klopt niet", "/css/alliantie.css")
				.doesNotContain("HTTP Status", "Tomcat", "Exception");
		}
	}

	@Test
	void aTamperedCsrfTokenIsA403WithOneLogLine(CapturedOutput output) throws Exception {
		HttpResponse<String> page = get("/inloggen");
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
		cookie = cookie.substring(0, cookie.indexOf(';'));
		String token = find(page.body());
		List<String> tampered = new ArrayList<>();
		tampered.add(token.substring(0, token.length() - 1));
		tampered.add(token + "A");
		tampered.add(token.substring(1));
		tampered.add("!!!" + token);
		tampered.add("%%%");
		tampered.add("");
		tampered.add(" ");
		tampered.add("é€😀");
		tampered.add("a".repeat(5000));
		tampered.add(Base64.getUrlEncoder().encodeToString(new byte[3]));
		tampered.add(Base64.getUrlEncoder().encodeToString(new byte[72]));
		tampered.add(Base64.getEncoder().encodeToString(new byte[72]));
		tampered.add(token.replace('-', '+').replace('_', '/'));
		tampered.add(token.toUpperCase());
		tampered.add("=" + token);
		tampered.add(token.substring(0, token.length() / 2) + "====");
		for (int i = 0; i < token.length(); i += 5) {
			char swapped = token.charAt(i) == 'A' ? 'B' : 'A';
			tampered.add(token.substring(0, i) + swapped + token.substring(i + 1));
		}
		int before = count(output.getAll(), "CSRF");
		for (String value : tampered) {
			HttpResponse<String> response = post("/probe/formulier", cookie, "_csrf=" + encode(value));
			assertThat(response.statusCode()).as(value).isEqualTo(403);
			assertThat(response.body()).contains("Geen toegang");
		}
		// a tampered cookie as well
		HttpResponse<String> badCookie = post("/probe/formulier", "alliantie-csrf=%ZZ%00", "_csrf=" + encode(token));
		assertThat(badCookie.statusCode()).isEqualTo(403);
		String log = output.getAll();
		assertThat(count(log, "CSRF") - before).isEqualTo(tampered.size() + 1);
		assertThat(log).doesNotContain("XorCsrfTokenRequestAttributeHandler.").doesNotContain("\tat org.springframework.security");
	}

	@Test
	void controlCharactersAndBidiOverridesNeverReachAForm() throws Exception {
		assertThat(TypedText.clean("a\u0000b\u0007c\td\ne\r\u007f\u0085\u202Eg\u2066h\u2069")).isEqualTo("abc\td\ne\rgh");
		String same = "gewone tekst: één, 😀";
		assertThat(TypedText.clean(same)).isSameAs(same);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String cookie, String body) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String find(String html) {
		Matcher matcher = FORM_TOKEN.matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static int count(String text, String word) {
		int count = 0;
		for (String line : text.split("\n")) {
			if (line.contains(word) && !line.startsWith("\t")) {
				count++;
			}
		}
		return count;
	}
}
