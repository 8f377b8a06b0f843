package nl.alliantie;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 19: any request a visitor can make is bounded. Every public GET route (read from Spring MVC,
 * so a new module's pages are walked without touching this test) is asked, as a visitor without a
 * login, with each of its parameters set to extreme values one at a time and all at once: the
 * largest and smallest numbers, a number too large for any type, dates far out and impossible ones,
 * a long text of many search words, markup and a SQL fragment. Its parameters are those of the
 * controller method ({@code @RequestParam}, the components of a record bound from the query) and
 * those its lines in {@code bench/pages.txt} use. Every answer is a page of the site: never a 500,
 * and never the 503 of a statement stopped by the visitors' statement limit
 * ({@code shared.db.VisitorStatementLimit}).
 */
@AlliantieTest
class EveryPublicRouteTakesExtremeParametersTest {

	static final List<String> EXTREME = List.of("2147483647", "-2147483648", "99999999999999999999", "9999-12-31",
			"2026-02-30", "2026-13", "bijstand voedselbank ".repeat(100).strip(), "' or 1=1 --", "<script>x</script>", "%");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void everyPublicRouteAnswersAPageWhateverItsParameters() throws Exception {
		List<PublicRoutes.BenchPage> pages = PublicRoutes.benchPages();
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (PublicRoutes.Route route : PublicRoutes.of(mapping)) {
			String path = pathFor(route, pages);
			Set<String> names = parameters(route, pages);
			List<List<String[]>> tries = new ArrayList<>();
			for (String name : names) {
				for (String value : EXTREME) {
					tries.add(List.<String[]>of(new String[] { name, value }));
				}
			}
			for (String value : EXTREME) {
				tries.add(names.stream().map(name -> new String[] { name, value }).toList());
			}
			if (names.isEmpty()) {
				tries.add(List.of());
			}
			for (List<String[]> parameters : tries) {
				UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
				var request = get(uri.build().encode().toUriString());
				for (String[] parameter : parameters) {
					request.param(parameter[0], parameter[1]);
				}
				MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
				requests++;
				int status = response.getStatus();
				String body = response.getContentAsString();
				if (status >= 500 || body.contains("Dit vroeg te veel")) {
					failures.add(status + " " + route.text() + " " + describe(parameters));
				}
			}
		}
		assertThat(requests).as("routes walked").isGreaterThan(100);
		assertThat(failures).as("public routes that failed with extreme parameters").isEmpty();
	}

	/** The bench line's path for the route (ids that exist), else its pattern with made-up values. */
	private static String pathFor(PublicRoutes.Route route, List<PublicRoutes.BenchPage> pages) {
		for (PublicRoutes.BenchPage page : pages) {
			if (route.matches(page.path())) {
				return page.path();
			}
		}
		Matcher variable = VARIABLE.matcher(route.text());
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			String name = variable.group(1);
			String value = name.startsWith("token") ? UUID.randomUUID().toString()
					: variable.group(2) != null && variable.group(2).contains("0-9") ? "1" : "Utrecht";
			variable.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		variable.appendTail(path);
		return path.toString();
	}

	private static Set<String> parameters(PublicRoutes.Route route, List<PublicRoutes.BenchPage> pages) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : route.handler().getMethodParameters()) {
			RequestParam named = parameter.getParameterAnnotation(RequestParam.class);
			Class<?> type = parameter.getParameterType();
			if (named != null) {
				String name = !named.name().isEmpty() ? named.name() : named.value();
				if (name.isEmpty()) {
					name = parameter.getParameterName();
				}
				if (name != null) {
					names.add(name);
				}
			}
			else if (type.isRecord() && !parameter.hasParameterAnnotation(PathVariable.class)
					&& !BeanUtils.isSimpleProperty(type)) {
				for (RecordComponent component : type.getRecordComponents()) {
					names.add(component.getName());
				}
			}
		}
		for (PublicRoutes.BenchPage page : pages) {
			int query = page.pathAndQuery().indexOf('?');
			if (route.matches(page.path()) && query >= 0) {
				for (String pair : page.pathAndQuery().substring(query + 1).split("&")) {
					names.add(pair.split("=", 2)[0]);
				}
			}
		}
		return names;
	}

	private static String describe(List<String[]> parameters) {
		return parameters.stream().map(p -> p[0] + "=" + (p[1].length() > 30 ? p[1].substring(0, 30) + "…" : p[1]))
			.toList().toString();
	}
}
