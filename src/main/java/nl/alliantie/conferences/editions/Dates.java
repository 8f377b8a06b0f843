package nl.alliantie.conferences.editions;

import java.time.LocalDate;
import java.util.Locale;

import nl.alliantie.shared.time.WrittenDates;

/** Dates as the pages write them: "zaterdag 4 oktober 2025" (through {@link WrittenDates}). */
public final class Dates {

	private Dates() {
	}

	public static String longDate(LocalDate date, Locale locale) {
		return WrittenDates.dayAndDate(date, locale);
	}

	public static String shortDate(LocalDate date, Locale locale) {
		return WrittenDates.date(date, locale);
	}
}
