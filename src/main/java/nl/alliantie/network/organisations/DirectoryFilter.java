package nl.alliantie.network.organisations;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The filters of the directory, as query parameters; blank means no filter. */
public record DirectoryFilter(@Nullable String regio, @Nullable String provincie, @Nullable String gemeente, @Nullable String type, @Nullable String status,
		@Nullable String naam) {

	public static final DirectoryFilter NONE = new DirectoryFilter(null, null, null, null, null, null);

	public DirectoryFilter {
		regio = blankToNull(regio);
		provincie = blankToNull(provincie);
		gemeente = blankToNull(gemeente);
		type = blankToNull(type);
		status = blankToNull(status);
		naam = blankToNull(naam);
		if (status != null) {
			String upper = status.toUpperCase(Locale.ROOT);
			status = java.util.Arrays.stream(OrganisationStatus.values()).anyMatch(s -> s.name().equals(upper)) ? upper : null;
		}
		if (naam != null && naam.length() > 100) {
			naam = naam.substring(0, 100);
		}
	}

	public static DirectoryFilter ofRegion(String region) {
		return new DirectoryFilter(region, null, null, null, null, null);
	}

	public static DirectoryFilter ofMunicipality(String municipality) {
		return new DirectoryFilter(null, null, municipality, null, null, null);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** The filter as a query string, without the leading {@code ?}; empty when there is none. */
	public String query() {
		List<String> parts = new ArrayList<>();
		add(parts, "regio", regio);
		add(parts, "provincie", provincie);
		add(parts, "gemeente", gemeente);
		add(parts, "type", type);
		add(parts, "status", status);
		add(parts, "naam", naam);
		return String.join("&", parts);
	}

	public boolean any() {
		return !query().isEmpty();
	}

	private static void add(List<String> parts, String name, @Nullable String value) {
		if (value != null) {
			parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	/**
	 * The name filter as a prefix tsquery over the words typed, or null when nothing usable is left:
	 * {@code "voedselb assen"} becomes {@code voedselb:* & assen:*}.
	 */
	@Nullable String tsquery() {
		if (naam == null) {
			return null;
		}
		List<String> terms = new ArrayList<>();
		for (String word : naam.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && terms.size() < 8) {
				terms.add(word + ":*");
			}
		}
		return terms.isEmpty() ? null : String.join(" & ", terms);
	}
}
