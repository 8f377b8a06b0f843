package nl.alliantie;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The public GET routes of the application, read from Spring MVC's handler mappings, so that a
 * route a module adds later is found without anyone listing it. Not public: everything under
 * {@code /beheer} (behind the login) and routes on the test class path (probes). A route with a
 * {@code {token}} path variable is a personal link (invitation, registration, follow link): public,
 * but a page of one person, so it is no bench page. Left out on purpose, each for its reason:
 * {@link #NOT_PAGES}.
 */
final class PublicRoutes {

	/** Routes that answer no page of their own. */
	static final Map<String, String> NOT_PAGES = Map.of(
			"/error", "the error page, shown for another request's failure",
			"/taal/{language}", "the language switch: a redirect back to where the visitor was",
			"/lobby/stuk/{id:[0-9]+}", "a signal's trail links a lobby item by id: a redirect to the page that shows it",
			"/inloggen/code", "the second step of one person's login: only after their password, a redirect otherwise",
			"/inloggen/instellen", "setting up two-step login during one person's login: a redirect otherwise");

	/** A public GET route and the controller method behind it. */
	record Route(PathPattern pattern, HandlerMethod handler) {

		String text() {
			return pattern.getPatternString();
		}

		/** A personal link: the path carries a {@code {token}}. */
		boolean personalLink() {
			return text().contains("{token");
		}

		boolean matches(String path) {
			return pattern.matches(PathContainer.parsePath(path));
		}
	}

	/** A line of {@code bench/pages.txt}: a name, a path with its query, and an optional wrk script. */
	record BenchPage(String name, String pathAndQuery, String script) {

		String path() {
			int query = pathAndQuery.indexOf('?');
			return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
		}
	}

	private PublicRoutes() {
	}

	static List<Route> of(RequestMappingHandlerMapping mapping) {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET) || onTestClassPath(entry.getValue())) {
				continue;
			}
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				String text = pattern.getPatternString();
				if (!text.equals("/beheer") && !text.startsWith("/beheer/") && !NOT_PAGES.containsKey(text)) {
					routes.add(new Route(pattern, entry.getValue()));
				}
			}
		}
		routes.sort(Comparator.comparing(Route::text));
		return routes;
	}

	private static boolean onTestClassPath(HandlerMethod handler) {
		try {
			Path location = Path.of(handler.getBeanType().getProtectionDomain().getCodeSource().getLocation().toURI());
			return location.endsWith("test-classes");
		}
		catch (URISyntaxException | RuntimeException e) {
			return false;
		}
	}

	static List<BenchPage> benchPages() throws IOException {
		List<BenchPage> pages = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("bench/pages.txt"))) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			String[] fields = trimmed.split("\\s+");
			pages.add(new BenchPage(fields[0], fields[1], fields.length > 2 ? fields[2] : null));
		}
		return pages;
	}
}
