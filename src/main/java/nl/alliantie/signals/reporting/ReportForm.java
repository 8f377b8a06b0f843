package nl.alliantie.signals.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The public report form as typed. {@code website} is the honeypot (hidden from people),
 * {@code stempel} the signed time the form was shown, {@code sleutel} the key against a double submit.
 */
public record ReportForm(String titel, String verhaal, List<String> themas, String gemeente, String gezien,
		String melder, String organisatie, String organisatieId, String naam, String email, Boolean toestemming,
		String website, String stempel, String sleutel) {

	public boolean consent() {
		return Boolean.TRUE.equals(toestemming);
	}

	public List<String> themasOrEmpty() {
		return themas == null ? List.of() : themas;
	}

	public boolean has(String theme) {
		return themas != null && themas.contains(theme);
	}

	/** The chosen organisation id, {@code null} when none or not a number. */
	public @Nullable Long organisationId() {
		try {
			return blank(organisatieId) ? null : Long.valueOf(organisatieId.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	static String trim(String value) {
		return value == null ? "" : value.trim();
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
