package nl.alliantie;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page of every module is measured by {@code bench/run}: each public GET route (read
 * from Spring MVC, so a new module's pages count at once) has a line in {@code bench/pages.txt}.
 */
@AlliantieTest
class BenchPagesTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void everyPublicRouteHasABenchLine() throws Exception {
		List<PublicRoutes.BenchPage> pages = PublicRoutes.benchPages();
		List<String> missing = PublicRoutes.of(mapping)
			.stream()
			.filter(route -> !route.personalLink())
			.filter(route -> pages.stream().noneMatch(page -> route.matches(page.path())))
			.map(route -> route.text() + " (" + route.handler().getShortLogMessage() + ")")
			.toList();
		assertThat(missing).as("public GET routes without a line in bench/pages.txt (name, path with an id or name "
				+ "that exists in the bench data, optionally a wrk script)").isEmpty();
	}

	@Test
	void benchLinesAreNamedOnceAndTheirScriptsExist() throws Exception {
		List<PublicRoutes.BenchPage> pages = PublicRoutes.benchPages();
		assertThat(pages.stream().map(PublicRoutes.BenchPage::name)).doesNotHaveDuplicates();
		for (PublicRoutes.BenchPage page : pages) {
			assertThat(page.pathAndQuery()).as(page.name()).startsWith("/");
			if (page.script() != null) {
				assertThat(Files.isRegularFile(Path.of(page.script()))).as(page.script()).isTrue();
			}
		}
	}

	@Test
	void theRoutesAreFound() {
		List<String> routes = PublicRoutes.of(mapping).stream().map(PublicRoutes.Route::text).toList();
		// a public page, a personal link, and nothing behind the login or on the test class path
		assertThat(routes).contains("/signalen/cijfers", "/uitnodiging/{token}")
			.noneMatch(route -> route.startsWith("/beheer"))
			.noneMatch(route -> route.startsWith("/probe"));
	}
}
