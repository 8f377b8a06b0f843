package nl.alliantie.shared.web.edge;

import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import nl.alliantie.AlliantieTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first look at each route changes nothing about which handler a request reaches: for every
 * route of the application, a request made from its pattern reaches the same handler (or the same
 * refusal) as the same request with its first segment percent-encoded, which the first look leaves
 * entirely to Spring's own lookup.
 */
@AlliantieTest
class FirstSegmentMappingTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void theApplicationsMappingTakesTheFirstLook() {
		assertThat(mapping).isInstanceOf(FirstSegmentMapping.class);
	}

	@Test
	void everyRouteReachesTheHandlerSpringsOwnLookupReaches() {
		int compared = 0;
		int ownHandler = 0;
		for (var entry : mapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			if (info.getPathPatternsCondition() == null) {
				continue;
			}
			var methods = info.getMethodsCondition().getMethods();
			String method = methods.isEmpty() ? "GET" : methods.iterator().next().name();
			for (var pattern : info.getPathPatternsCondition().getPatterns()) {
				String path = concrete(pattern.getPatternString());
				String plain = answer(method, path);
				String encoded = answer(method, encodeFirstLetter(path));
				assertThat(plain).as(method + " " + path).isEqualTo(encoded);
				compared++;
				if (plain.equals(entry.getValue().getMethod().toString())) {
					ownHandler++;
				}
			}
		}
		assertThat(compared).isGreaterThan(300);
		assertThat(ownHandler).as("routes that reach their own handler").isGreaterThan(compared * 8 / 10);
	}

	@Test
	void aRequestForNoRouteFindsNoHandlerAndTheRootFindsItsOwn() {
		assertThat(answer("GET", "/bestaat-niet/ook-niet")).isEqualTo("none");
		assertThat(answer("GET", "/")).isNotEqualTo("none");
		assertThat(answer("POST", "/gemeenten/Utrecht")).isEqualTo(answer("POST", "/%67emeenten/Utrecht"));
	}

	@Test
	void theFirstSegmentsItComparesAreOnlyPlainText() {
		assertThat(FirstSegmentMapping.literalFirstSegment("/gemeenten/{naam}")).isEqualTo("gemeenten");
		assertThat(FirstSegmentMapping.literalFirstSegment("/")).isEmpty();
		assertThat(FirstSegmentMapping.literalFirstSegment("/{jaar}.pdf")).isNull();
		assertThat(FirstSegmentMapping.literalFirstSegment("/**")).isNull();
		assertThat(FirstSegmentMapping.literalFirstSegment("/a*b/c")).isNull();
		assertThat(FirstSegmentMapping.requestSegment("/lobby")).isEqualTo("lobby");
		assertThat(FirstSegmentMapping.requestSegment("/lobby%2F/x")).isNull();
		assertThat(FirstSegmentMapping.requestSegment("/lobby;x=1/2026")).isNull();
	}

	/** The handler method a request reaches, the exception with which it is refused, or "none". */
	private String answer(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			if (chain == null) {
				return "none";
			}
			return chain.getHandler() instanceof HandlerMethod handler ? handler.getMethod().toString()
					: Objects.toString(chain.getHandler());
		}
		catch (Exception refused) {
			return refused.getClass().getName();
		}
	}

	/** A path that the pattern matches: each variable or wildcard becomes "1". */
	private static String concrete(String pattern) {
		String path = pattern.replaceAll("\\{\\*[^}]*}", "1").replaceAll("\\{[^}]*}", "1").replace("**", "1")
			.replace("*", "1");
		return path.isEmpty() ? "/" : path;
	}

	/** The same path with the first letter of its first segment percent-encoded ("/lobby" → "/%6Cobby"). */
	private static String encodeFirstLetter(String path) {
		if (path.length() < 2 || !Character.isLetter(path.charAt(1))) {
			return path;
		}
		return "/%" + Integer.toHexString(path.charAt(1)).toUpperCase() + path.substring(2);
	}
}
