package nl.alliantie.shared.web.edge;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler lookup, with a cheap first look at each mapping. A path with a variable
 * ({@code /gemeenten/{naam}}) is not in Spring's table of direct paths, so Spring asks each of the
 * ~400 mappings in turn whether it matches the request, and each asks the request its method through
 * the eight wrappers that the filters put around it: 10-20% of the CPU of a page built per request
 * (JFR, {@code /gemeenten/Utrecht} at national10). Here a mapping whose patterns all start with a
 * literal first segment other than the request's ({@code /lobby/...} for {@code /gemeenten/Utrecht})
 * is passed over at once; every other mapping is asked exactly as Spring asks it.
 * <p>
 * The first look only ever says "cannot match": a pattern that starts with a variable or wildcard,
 * and a request whose first segment is percent-encoded or carries path parameters ({@code ;x=y},
 * which Spring decodes or strips before it compares), are left to Spring.
 */
final class FirstSegmentMapping extends RequestMappingHandlerMapping {

	/** The request's first segment, while its handler is looked up on this thread. */
	private static final ThreadLocal<String> REQUEST_SEGMENT = new ThreadLocal<>();

	/** Per mapping, the literal first segments of its patterns; none for a mapping that may match any. */
	private final Map<RequestMappingInfo, Set<String>> firstSegments = new ConcurrentHashMap<>();

	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		@Nullable Set<String> segments = literalFirstSegments(mapping);
		if (segments != null) {
			firstSegments.put(mapping, segments);
		}
	}

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		@Nullable String segment = requestSegment(lookupPath);
		if (segment == null) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		REQUEST_SEGMENT.set(segment);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			REQUEST_SEGMENT.remove();
		}
	}

	@Override
	protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		@Nullable String segment = REQUEST_SEGMENT.get();
		if (segment != null) {
			@Nullable Set<String> segments = firstSegments.get(info);
			if (segments != null && !segments.contains(segment)) {
				return null;
			}
		}
		return super.getMatchingMapping(info, request);
	}

	/** The first segment of a lookup path ("" for "/"), or null when only Spring can compare it. */
	static @Nullable String requestSegment(String lookupPath) {
		int start = lookupPath.startsWith("/") ? 1 : 0;
		int end = lookupPath.indexOf('/', start);
		String segment = end < 0 ? lookupPath.substring(start) : lookupPath.substring(start, end);
		return segment.indexOf('%') >= 0 || segment.indexOf(';') >= 0 ? null : segment;
	}

	/** The literal first segments of a mapping's patterns, or null when one of them may start with anything. */
	static @Nullable Set<String> literalFirstSegments(RequestMappingInfo mapping) {
		@Nullable PathPatternsRequestCondition condition = mapping.getPathPatternsCondition();
		if (condition == null || condition.getPatterns().isEmpty()) {
			return null;
		}
		Set<String> segments = new HashSet<>();
		for (PathPattern pattern : condition.getPatterns()) {
			@Nullable String segment = literalFirstSegment(pattern.getPatternString());
			if (segment == null) {
				return null;
			}
			segments.add(segment);
		}
		return Set.copyOf(segments);
	}

	/** The first segment of a pattern when it is plain text (what Spring compares it with, decoded), else null. */
	static @Nullable String literalFirstSegment(String pattern) {
		@Nullable String segment = requestSegment(pattern);
		if (segment == null) {
			return null;
		}
		for (char c : segment.toCharArray()) {
			if (c == '{' || c == '}' || c == '*' || c == '?' || c == '\\') {
				return null;
			}
		}
		return segment;
	}
}
