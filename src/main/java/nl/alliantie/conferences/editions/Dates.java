package nl.alliantie.conferences.editions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the pages write them: "zaterdag 4 oktober 2025". */
public final class Dates {

	private Dates() {
	}

	public static String longDate(LocalDate date, Locale locale) {
		return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale));
	}

	public static String shortDate(LocalDate date, Locale locale) {
		return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
	}
}
