package nl.alliantie.shared.web.edge;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import nl.alliantie.AlliantieTest;
import nl.alliantie.conferences.ConferenceFixtures;
import nl.alliantie.consultations.ConsultationFixtures;
import nl.alliantie.consultations.invitations.Invitations;
import nl.alliantie.events.EventFixtures;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.network.NetworkFixtures;
import nl.alliantie.network.organisations.OrganisationStatus;
import nl.alliantie.signals.SignalFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends a list of bad inputs through every form and upload the app serves, found as a person
 * finds them: from the home page and the secretariat's start page (and the personal links mail
 * brings), following links, reading each page's forms with their real field names. A new form is
 * covered without touching this test. Each bad value goes into one field at a time, the others
 * keeping what the page filled in. Whatever comes back: never a 5xx, always the site's own page in
 * Dutch, never a technical text; where the form comes back, what was typed is still in its field
 * (without the control characters), and a date, time or number that is not one, or a text far too
 * long, is refused by its own field. A tampered CSRF token is a 403 on every form.
 *
 * <p>Over 400 lines on purpose: the crawl, the form reader and the checks are one instrument whose
 * parts only make sense together; the nested {@code Session} and {@code FoundForm} are its parts.
 * Splitting them into files would spread one test's logic without another user of them.
 */
@AlliantieTest
@TestPropertySource(properties = { "alliantie.test.context=web-security", "alliantie.web.page-cache=30s" })
class EveryFormTakesBadInputTest {

	static final String HUGE = "x".repeat(100_000);

	/** Values that no browser can put into a date, time or number field but a script can. */
	static final List<String> NOT_A_VALUE = List.of("2026-02-30", "25:99", "abc", "99999999999999999999", "ONBEKEND");

	/** NUL, other control characters (C0, DEL, C1) and bidi overrides and isolates, and a text far too long. */
	static final List<String> BAD_TEXT = List.of("\u0000", "naam\u0000met \u0001\u0007\u001B\u007F\u0085 \u202Egnp.exe\u202C \u2066x\u2069",
			HUGE);

	static final Pattern TECHNICAL = Pattern.compile(
			"Failed to convert|java\\.|Exception|HTTP Status|Whitelabel|Tomcat|org\\.springframework|NumberFormat|stack");

	static final Set<String> SKIPPED_ACTIONS = Set.of("/uitloggen", "/inloggen");

	static final Set<String> TYPED = Set.of("text", "email", "search", "tel", "url", "date", "time", "number",
			"datetime-local", "textarea", "password");

	/** Fields whose text comes back as typed; a date, time or number field may come back empty with its sentence. */
	static final Set<String> TEXT = Set.of("text", "email", "search", "tel", "url", "textarea");

	@LocalServerPort
	int port;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ConferenceFixtures conferences;

	@Autowired
	ConsultationFixtures consultations;

	@Autowired
	Invitations invitations;

	@Autowired
	SignalFixtures signals;

	@Autowired
	MailCatcher mails;

	@Autowired
	EventFixtures events;

	final List<String> failures = new ArrayList<>() {

		@Override
		public boolean add(String failure) {
			System.out.println("FUZZ FAILURE " + failure);
			return super.add(failure);
		}
	};

	int requests;

	@Test
	void noFormGivesAServerErrorOrLosesWhatWasTyped() throws Exception {
		String email = ConsultationFixtures.unique("fuzz");
		long organisation = network.organisation(NetworkFixtures.unique("Fuzzgroep"), "Assen", OrganisationStatus.AANGESLOTEN)
			.value();
		conferences.edition(LocalDate.now().plusDays(40), 100, 20, "noord");
		long consultation = consultations.planned("noord", Duration.ofDays(9));
		long held = consultations.planned("noord", Duration.ofDays(8));
		consultations.startsIn(held, Duration.ofHours(-3));
		signals.signal("Fuzz " + SignalFixtures.word(), "Een verhaal uit de praktijk.", "Assen");
		invitations.invitePerson(consultation, "Fuzz Persoon", email);
		long event = events.symposium(LocalDate.now().plusDays(30), 100);
		long heldEvent = events.symposium(LocalDate.now().minusDays(5), 100);
		String invitationLink = link(Mailboxes.waitFor(mails, email, 1).get(0).text(), "/uitnodiging/");

		Session visitor = new Session();
		Session secretariat = new Session();
		secretariat.login("admin@test.alliantie.local", "test-admin-wachtwoord");

		Map<String, FoundForm> forms = new LinkedHashMap<>();
		crawl(visitor, List.of("/", "/signalen/melden", "/mijn-gegevens", invitationLink, "/bijeenkomsten/" + event), forms);
		// the public pages were read as a visitor; as the secretariat, what is under /beheer
		crawl(secretariat, List.of("/beheer", "/beheer/organisaties/nieuw", "/beheer/organisaties/" + organisation,
				"/beheer/regio-overleggen/" + held, "/beheer/regio-overleggen/" + held + "/verslag",
				"/beheer/bijeenkomsten/" + event, "/beheer/bijeenkomsten/" + heldEvent), forms);
		assertThat(forms.keySet()).as("forms found").anyMatch(key -> key.contains("/signalen/melden"))
			.anyMatch(key -> key.contains("/uitnodiging/"))
			.anyMatch(key -> key.contains("/actiepunten"))
			.anyMatch(key -> key.contains("/beheer/organisaties"));

		long started = System.nanoTime();
		for (FoundForm form : forms.values()) {
			fuzz(form);
		}
		System.out.println("Fuzzed " + forms.size() + " forms with " + requests + " requests in "
				+ (System.nanoTime() - started) / 1_000_000_000 + " s:\n  " + String.join("\n  ", forms.keySet()));
		assertThat(failures).as(forms.size() + " forms, " + requests + " requests:\n" + String.join("\n", failures))
			.isEmpty();
	}

	private void crawl(Session session, List<String> seeds, Map<String, FoundForm> forms) throws Exception {
		Deque<String> queue = new ArrayDeque<>(seeds);
		Map<String, Integer> perShape = new HashMap<>();
		Set<String> seen = new HashSet<>();
		int pages = 0;
		while (!queue.isEmpty() && pages < 250) {
			String path = queue.poll();
			if (!seen.add(path) || perShape.merge(shape(path), 1, Integer::sum) > 2) {
				continue;
			}
			HttpResponse<String> response = session.get(path);
			pages++;
			check(session, "GET " + path, response, null, null);
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (response.statusCode() != 200 || !type.startsWith("text/html")) {
				continue;
			}
			Document page = Jsoup.parse(response.body(), base() + path);
			for (Element anchor : page.select("a[href]")) {
				String target = local(anchor.absUrl("href"));
				if (target != null && follow(target) && (!session.loggedIn || target.startsWith("/beheer"))) {
					queue.add(target);
				}
			}
			// a list of the same form (one per theme, per row) is tried twice, not once per row
			Map<String, Integer> alike = new HashMap<>();
			for (Element element : page.select("form")) {
				FoundForm form = FoundForm.of(session, path, element, this);
				if (form != null && alike.merge(form.structure(), 1, Integer::sum) <= 2) {
					forms.putIfAbsent(form.key(), form);
				}
			}
		}
	}

	private void fuzz(FoundForm form) throws Exception {
		if (!form.token().isEmpty()) {
			// a tampered token: refused, whatever the form
			Map<String, List<String>> tampered = form.defaults();
			tampered.put("_csrf", List.of(form.token().substring(1) + "Q"));
			HttpResponse<String> refused = form.session().send(form, tampered, null);
			if (refused.statusCode() != 403) {
				failures.add(form.key() + " tampered CSRF token: " + refused.statusCode());
			}
		}
		for (FoundField field : form.fields()) {
			List<String> values = new ArrayList<>(BAD_TEXT);
			values.addAll(NOT_A_VALUE);
			for (String bad : values) {
				Map<String, List<String>> sent = form.defaults();
				sent.put(field.name(), List.of(bad));
				if ("get".equals(form.method()) && bad == HUGE) {
					bad = "q".repeat(20_000);
					sent.put(field.name(), List.of(bad));
				}
				HttpResponse<String> response = form.session().send(form, sent, null);
				check(form.session(), form.key() + " " + field.name() + "=" + shown(bad), response, field, bad,
						form.action(), form.method());
			}
		}
		for (FoundField file : form.files()) {
			for (Map.Entry<String, byte[]> upload : badFiles().entrySet()) {
				HttpResponse<String> response = form.session().send(form, form.defaults(), Map.of(file.name(), upload.getValue()));
				check(form.session(), form.key() + " " + file.name() + "=" + upload.getKey(), response, null, null);
			}
		}
	}

	private void check(Session session, String what, HttpResponse<String> response, FoundField field, String bad) {
		check(session, what, response, field, bad, null, null);
	}

	/**
	 * {@code action} and {@code sentMethod}: the form sent, looked for in the page that came back (a page
	 * may hold several forms).
	 */
	private void check(Session session, String what, HttpResponse<String> response, FoundField field, String bad,
			String action, String sentMethod) {
		requests++;
		int status = response.statusCode();
		if (status >= 500) {
			failures.add(what + ": " + status);
			return;
		}
		if (status >= 300 && status < 400) {
			if (field != null && mustBeRefused(field, bad) && !showsAnError(session, response)) {
				failures.add(what + ": accepted (" + status + " to " + response.headers().firstValue("Location").orElse("")
						+ ")");
			}
			return;
		}
		String body = response.body();
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (!type.startsWith("text/html")) {
			return;
		}
		if (!body.contains("<html lang=\"nl\"")) {
			failures.add(what + ": not the site's Dutch page (" + status + ")");
			return;
		}
		Document page = Jsoup.parse(body);
		Matcher technical = TECHNICAL.matcher(page.text());
		if (technical.find()) {
			failures.add(what + ": technical text '" + technical.group() + "' (" + status + ")");
		}
		if (field == null) {
			return;
		}
		Element scope = page;
		if (action != null) {
			for (Element form : page.select("form")) {
				String target = form.hasAttr("action") && !form.attr("action").isBlank() ? form.attr("action") : null;
				String method = form.attr("method").isBlank() ? "get" : form.attr("method").toLowerCase();
				// the same address may take a filter (GET) and a new item (POST) on one page
				if (target != null && target.replaceAll("[?#].*", "").equals(action.replaceAll("[?#].*", ""))
						&& method.equals(sentMethod)) {
					scope = form;
					break;
				}
			}
		}
		Element input = scope.selectFirst("[name=\"" + field.name() + "\"]");
		boolean refused = input != null && ("true".equals(input.attr("aria-invalid"))
				|| page.getElementById(input.id() + "-error") != null || page.getElementById(field.name() + "-error") != null);
		if (mustBeRefused(field, bad) && !refused && status < 400) {
			failures.add(what + ": not refused by its field (" + status + ")");
		}
		if (input != null && field.typed() && TEXT.contains(field.type()) && status == 200) {
			String kept = "textarea".equals(input.tagName()) ? input.wholeText() : input.attr("value");
			String expected = TypedText.clean(bad);
			if (!kept.strip().equals(expected.strip()) && !expected.strip().isEmpty()) {
				failures.add(what + ": input lost (kept " + shown(kept) + ")");
			}
		}
	}

	/** Whether the page a refusal redirected to (Post/Redirect/Get) says what was wrong. */
	private boolean showsAnError(Session session, HttpResponse<String> redirect) {
		String location = redirect.headers().firstValue("Location").map(this::local).orElse(null);
		if (location == null) {
			return false;
		}
		try {
			HttpResponse<String> page = session.http.send(HttpRequest.newBuilder(URI.create(base() + location)).build(),
					HttpResponse.BodyHandlers.ofString());
			return !Jsoup.parse(page.body()).select(".error-summary, .field-error, [role=alert]").isEmpty();
		}
		catch (Exception e) {
			return false;
		}
	}

	/** A person's browser cannot send these, so the form may not take them as if they were fine. */
	static boolean mustBeRefused(FoundField field, String bad) {
		if (bad == HUGE) {
			return field.typed();
		}
		return switch (field.type()) {
			case "date", "time", "number", "datetime-local" -> NOT_A_VALUE.contains(bad) || !TypedText.clean(bad).isBlank();
			default -> false;
		};
	}

	static Map<String, byte[]> badFiles() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		String csv = "naam;gemeente;e-mail\r\nDe Groep;Assen;info@example.org\r\n";
		ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
		utf16.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xFE });
		utf16.writeBytes(csv.getBytes(StandardCharsets.UTF_16LE));
		files.put("utf-16.csv", utf16.toByteArray());
		byte[] binary = new byte[4096];
		new java.util.Random(18).nextBytes(binary);
		files.put("binary.csv", binary);
		files.put("nul.csv", "naam;gemeente\r\nDe\u0000Groep;Assen\r\n".getBytes(StandardCharsets.UTF_8));
		files.put("empty.csv", new byte[0]);
		return files;
	}

	private boolean follow(String path) {
		String plain = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		return !(plain.startsWith("/css") || plain.startsWith("/webjars") || plain.startsWith("/taal/")
				|| plain.startsWith("/actuator") || plain.equals("/uitloggen") || plain.matches(".*\\.(csv|ics|atom|pdf|svg|ico|png|zip)$")
				|| plain.contains("/download") || plain.endsWith("/bestand"));
	}

	private String local(String url) {
		String base = base();
		if (!url.startsWith(base)) {
			return null;
		}
		String path = url.substring(base.length());
		int hash = path.indexOf('#');
		path = hash >= 0 ? path.substring(0, hash) : path;
		return path.startsWith("/") ? path : null;
	}

	static String shape(String path) {
		String plain = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		return plain.replaceAll("/[0-9]+", "/{n}").replaceAll("/[A-Za-z0-9_-]{20,}", "/{t}");
	}

	private static String link(String text, String prefix) {
		Matcher matcher = Pattern.compile("http://localhost(" + Pattern.quote(prefix) + "[A-Za-z0-9_-]+)").matcher(text);
		assertThat(matcher.find()).as("a link " + prefix + " in the mail").isTrue();
		return matcher.group(1);
	}

	static String shown(String value) {
		String escaped = value.codePoints()
			.mapToObj(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
					? String.format("\\u%04X", c) : Character.toString(c))
			.reduce("", String::concat);
		return escaped.length() > 40 ? escaped.substring(0, 20) + "…(" + value.length() + " chars)" : escaped;
	}

	String base() {
		return "http://localhost:" + port;
	}

	record FoundField(String name, String type, boolean typed) {
	}

	record FoundForm(Session session, String page, String method, String action, boolean multipart,
			Map<String, List<String>> initial, List<FoundField> fields, List<FoundField> files, String token) {

		static FoundForm of(Session session, String page, Element form, EveryFormTakesBadInputTest test) {
			String method = form.attr("method").isBlank() ? "get" : form.attr("method").toLowerCase();
			String action = form.hasAttr("action") && !form.attr("action").isBlank()
					? test.local(form.absUrl("action")) : page;
			if (action == null || SKIPPED_ACTIONS.contains(action.contains("?") ? action.substring(0, action.indexOf('?')) : action)
					&& !"get".equals(method) && session.loggedIn) {
				return null;
			}
			if (SKIPPED_ACTIONS.contains(action) && action.equals("/uitloggen")) {
				return null;
			}
			Map<String, List<String>> initial = new LinkedHashMap<>();
			List<FoundField> fields = new ArrayList<>();
			List<FoundField> files = new ArrayList<>();
			String token = "";
			Set<String> names = new HashSet<>();
			for (Element control : form.select("input[name], select[name], textarea[name], button[name]")) {
				String name = control.attr("name");
				String type = control.tagName().equals("input") ? control.attr("type").toLowerCase() : control.tagName();
				if (type.isEmpty()) {
					type = "text";
				}
				if (name.equals("_csrf")) {
					token = control.attr("value");
					continue;
				}
				switch (type) {
					case "submit", "button", "reset", "image" -> {
						continue;
					}
					case "file" -> {
						files.add(new FoundField(name, type, false));
						continue;
					}
					case "checkbox", "radio" -> {
						if (control.hasAttr("checked") || ("radio".equals(type) && !initial.containsKey(name))) {
							if ("radio".equals(type)) {
								initial.put(name, new ArrayList<>(List.of(control.attr("value"))));
							}
							else {
								initial.computeIfAbsent(name, n -> new ArrayList<>()).add(control.attr("value"));
							}
						}
					}
					case "select" -> {
						Element option = control.selectFirst("option[selected]");
						option = option == null ? control.selectFirst("option") : option;
						initial.computeIfAbsent(name, n -> new ArrayList<>()).add(option == null ? "" : option.attr("value"));
					}
					case "textarea" -> initial.computeIfAbsent(name, n -> new ArrayList<>()).add(control.wholeText());
					default -> initial.computeIfAbsent(name, n -> new ArrayList<>()).add(control.attr("value"));
				}
				// a field out of the tab order (the honeypot) is not one a person fills in
				boolean typed = TYPED.contains(type) && !"-1".equals(control.attr("tabindex"));
				if (names.add(name)) {
					fields.add(new FoundField(name, type, typed));
				}
			}
			if (!"get".equals(method) && token.isEmpty()) {
				test.failures.add(page + ": a " + method + " form to " + action + " without a CSRF token");
				return null;
			}
			boolean multipart = "multipart/form-data".equalsIgnoreCase(form.attr("enctype"));
			return new FoundForm(session, page, method, action, multipart, initial, fields, files, token);
		}

		String key() {
			List<String> names = fields.stream().map(FoundField::name).sorted().toList();
			return method.toUpperCase() + " " + shape(action) + " " + names + (session.loggedIn ? " (secretariaat)" : "");
		}

		/** The form without its names: the same for each row of a list of forms. */
		String structure() {
			return method + " " + fields.stream().map(FoundField::type).toList() + " " + files.size();
		}

		Map<String, List<String>> defaults() {
			Map<String, List<String>> copy = new LinkedHashMap<>();
			initial.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
			if (!token.isEmpty()) {
				copy.put("_csrf", List.of(token));
			}
			return copy;
		}
	}

	final class Session {

		final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		boolean loggedIn;

		HttpResponse<String> get(String path) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.ofString());
		}

		void login(String email, String password) throws Exception {
			Document page = Jsoup.parse(get("/inloggen").body());
			String token = page.selectFirst("input[name=_csrf]").attr("value");
			HttpResponse<String> response = post("/inloggen", "email=" + encode(email) + "&wachtwoord=" + encode(password)
					+ "&_csrf=" + encode(token), "application/x-www-form-urlencoded");
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("inloggen");
			loggedIn = true;
		}

		HttpResponse<String> send(FoundForm form, Map<String, List<String>> values, Map<String, byte[]> files)
				throws Exception {
			if ("get".equals(form.method())) {
				String action = form.action();
				return get(action + (action.contains("?") ? "&" : "?") + urlEncoded(values));
			}
			if (form.multipart() || files != null) {
				String boundary = "----fuzz" + UUID.randomUUID();
				ByteArrayOutputStream body = new ByteArrayOutputStream();
				values.forEach((name, list) -> list.forEach(value -> {
					body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
						.getBytes(StandardCharsets.UTF_8));
					body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
					body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
				}));
				for (FoundField file : form.files()) {
					byte[] content = files == null ? new byte[0] : files.getOrDefault(file.name(), new byte[0]);
					body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name()
							+ "\"; filename=\"bestand.csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
					body.writeBytes(content);
					body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
				}
				body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
				// the page puts the token in the action as well (ADR 0010): the one sent is what counts
				String action = form.action().replaceAll("[?&]_csrf=[^&]*", "");
				String withToken = action + (action.contains("?") ? "&" : "?") + "_csrf="
						+ encode(values.getOrDefault("_csrf", List.of("")).get(0));
				return http.send(HttpRequest.newBuilder(URI.create(base() + withToken))
					.timeout(Duration.ofSeconds(60))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
					.build(), HttpResponse.BodyHandlers.ofString());
			}
			return post(form.action(), urlEncoded(values), "application/x-www-form-urlencoded");
		}

		HttpResponse<String> post(String path, String body, String type) throws Exception {
			return http.send(HttpRequest.newBuilder(URI.create(base() + path))
				.timeout(Duration.ofSeconds(60))
				.header("Content-Type", type)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	static String urlEncoded(Map<String, List<String>> values) {
		StringBuilder body = new StringBuilder();
		values.forEach((name, list) -> list.forEach(value -> {
			if (!body.isEmpty()) {
				body.append('&');
			}
			body.append(encode(name)).append('=').append(encode(value));
		}));
		return body.toString();
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
