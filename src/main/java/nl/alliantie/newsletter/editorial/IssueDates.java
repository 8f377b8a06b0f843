package nl.alliantie.newsletter.editorial;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A date as a date field sends it (2026-03-14), or as typed where the browser has no date field (14-3-2026). */
public final class IssueDates {

	private static final List<DateTimeFormatter> FORMS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			DateTimeFormatter.ofPattern("d-M-uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

	private IssueDates() {
	}

	/** The date, or {@code null} when blank or not a date. */
	public static @Nullable LocalDate parse(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (DateTimeFormatter format : FORMS) {
			try {
				return LocalDate.parse(value.strip(), format);
			}
			catch (DateTimeParseException e) {
				// the next form
			}
		}
		return null;
	}
}
