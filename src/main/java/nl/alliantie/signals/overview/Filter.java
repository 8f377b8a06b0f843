package nl.alliantie.signals.overview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The filters of the overview, as the query string names them: {@code q} (words), {@code thema},
 * {@code regio}, {@code gemeente}, {@code van} and {@code tot} (dates). Only known values survive
 * {@link Search#canonical}; unknown ones are dropped.
 */
public record Filter(@Nullable String q, @Nullable String thema, @Nullable String regio, @Nullable String gemeente, @Nullable LocalDate van, @Nullable LocalDate tot) {

	public static final Filter NONE = new Filter(null, null, null, null, null, null);

	public boolean any() {
		return q != null || thema != null || regio != null || gemeente != null || van != null || tot != null;
	}

	/** The query string of these filters, without a leading {@code ?}. */
	public String query() {
		List<String> parts = new ArrayList<>();
		add(parts, "q", q);
		add(parts, "thema", thema);
		add(parts, "regio", regio);
		add(parts, "gemeente", gemeente);
		add(parts, "van", van == null ? null : van.toString());
		add(parts, "tot", tot == null ? null : tot.toString());
		return String.join("&", parts);
	}

	public String href(String path) {
		String query = query();
		return query.isEmpty() ? path : path + "?" + query;
	}

	private static void add(List<String> parts, String name, @Nullable String value) {
		if (value != null) {
			parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}
}
