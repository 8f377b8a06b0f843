package nl.alliantie.shared.web.checks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Dates and times as forms send them, read as a whole or not at all: a date field sends
 * {@code 2026-03-14}, a browser without one sends what was typed ({@code 14-3-2026},
 * {@code 14/3/2026}); a time is {@code 9:30} or {@code 09:30}. Strict: 30 February and 25:99 are
 * not read as something else, they are not a date or time.
 */
public final class TypedDates {

	private static final List<DateTimeFormatter> DATES = List.of(
			DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

	private static final List<DateTimeFormatter> TIMES = List.of(
			DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("H:mm:ss").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("H.mm").withResolverStyle(ResolverStyle.STRICT));

	private TypedDates() {
	}

	/** The date, or empty when the text is blank or not a date that exists. */
	public static Optional<LocalDate> date(String text) {
		if (text == null || text.isBlank() || text.length() > 20) {
			return Optional.empty();
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return Optional.of(LocalDate.parse(text.strip(), format));
			}
			catch (DateTimeParseException e) {
				// the next way of writing it
			}
		}
		return Optional.empty();
	}

	/** The time of day, or empty when the text is blank or not a time. */
	public static Optional<LocalTime> time(String text) {
		if (text == null || text.isBlank() || text.length() > 20) {
			return Optional.empty();
		}
		for (DateTimeFormatter format : TIMES) {
			try {
				return Optional.of(LocalTime.parse(text.strip(), format));
			}
			catch (DateTimeParseException e) {
				// the next way of writing it
			}
		}
		return Optional.empty();
	}
}
