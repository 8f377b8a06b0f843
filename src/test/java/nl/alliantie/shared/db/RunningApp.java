package nl.alliantie.shared.db;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.alliantie.AlliantieApplication;

/** The whole application started outside the shared test context, for tests of its database wiring. */
public final class RunningApp implements AutoCloseable {

	static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	public final ConfigurableApplicationContext context;

	private final java.net.CookieManager cookies = new java.net.CookieManager();

	final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

	private RunningApp(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static Path freshDataDir() {
		return Path.of("target/test-data/" + UUID.randomUUID()).toAbsolutePath();
	}

	/**
	 * Starts the app with test defaults; {@code --name=value} in {@code extra} replaces the default of
	 * that name, {@code --name} alone leaves it out.
	 */
	public static RunningApp start(String... extra) {
		// Defaults first; an argument of the test with the same name replaces the default.
		java.util.Map<String, String> args = new java.util.LinkedHashMap<>();
		for (String arg : List.of("--server.port=0", "--alliantie.demo-data=false", "--alliantie.mail.catcher-port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=warn", "--alliantie.admin.email=admin@db.test",
				"--alliantie.admin.password=database-test-wachtwoord")) {
			args.put(arg.substring(0, arg.indexOf('=')), arg);
		}
		for (String arg : extra) {
			if (arg.indexOf('=') < 0) {
				// a name alone: leave the setting out, as an installation that never set it
				args.remove(arg);
			}
			else {
				args.put(arg.substring(0, arg.indexOf('=')), arg);
			}
		}
		return new RunningApp(new SpringApplicationBuilder(AlliantieApplication.class)
			.run(args.values().toArray(String[]::new)));
	}

	public String url(String path) {
		return "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + path;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Logs in through the real form, as a browser would; returns the response to the POST. */
	public HttpResponse<String> logIn(String email, String password) throws IOException, InterruptedException {
		return logIn(loginToken(), email, password);
	}

	/** The CSRF token of the login form, as a browser has it once the page is open. */
	public String loginToken() throws IOException, InterruptedException {
		Matcher token = FORM_TOKEN.matcher(get("/inloggen").body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		return token.group(1);
	}

	/** Sends the login form opened earlier (its {@code token}). */
	public HttpResponse<String> logIn(String token, String email, String password) throws IOException, InterruptedException {
		String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&wachtwoord="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		return http.send(HttpRequest.newBuilder(URI.create(url("/inloggen")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The value of the cookie {@code name} this app's browser holds, if any. */
	public java.util.Optional<String> cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst();
	}

	/** A GET without this app's browser, with only the cookie header given. */
	public HttpResponse<String> getWithCookie(String path, String cookie) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookie).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	@Override
	public void close() {
		context.close();
	}
}
