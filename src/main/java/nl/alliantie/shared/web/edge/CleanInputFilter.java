package nl.alliantie.shared.web.edge;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place where every form field and query parameter of every module is made safe to keep,
 * before any controller, binder or the security filter reads it: characters that
 * {@link TypedText#clean} removes never reach a form, so they are never stored, never refused by
 * PostgreSQL and never shown back. What remains of the typed text is what the form keeps and
 * checks (length, dates) as usual. Files are read by their own readers ({@code shared.csv.Csv}).
 */
public class CleanInputFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new CleanRequest(request), response);
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	/** Parameters as {@link TypedText#clean} leaves them, worked out once on first use. */
	static final class CleanRequest extends HttpServletRequestWrapper {

		private @Nullable Map<String, String[]> parameters;

		CleanRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = parameters().get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			String[] values = parameters().get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters().keySet());
		}

		private Map<String, String[]> parameters() {
			if (parameters != null) {
				return parameters;
			}
			Map<String, String[]> original = super.getParameterMap();
			boolean dirty = false;
			for (Map.Entry<String, String[]> entry : original.entrySet()) {
				if (TypedText.needsCleaning(entry.getKey())) {
					dirty = true;
					break;
				}
				for (String value : entry.getValue()) {
					if (TypedText.needsCleaning(value)) {
						dirty = true;
						break;
					}
				}
				if (dirty) {
					break;
				}
			}
			if (!dirty) {
				parameters = original;
				return original;
			}
			Map<String, String[]> cleaned = new LinkedHashMap<>();
			original.forEach((name, values) -> {
				String[] kept = new String[values.length];
				for (int i = 0; i < values.length; i++) {
					kept[i] = TypedText.clean(values[i]);
				}
				cleaned.merge(TypedText.clean(name), kept, (a, b) -> {
					String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
					System.arraycopy(b, 0, both, a.length, b.length);
					return both;
				});
			});
			parameters = Collections.unmodifiableMap(cleaned);
			return parameters;
		}
	}
}
