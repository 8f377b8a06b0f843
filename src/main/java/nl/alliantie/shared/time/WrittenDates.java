package nl.alliantie.shared.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them in running text, in the reader's language: "15 januari 2027" and
 * "zaterdag 4 oktober 2025" in Dutch, "15 January 2027" and "Saturday 4 October 2025" in English
 * (day before month in both, as in the Netherlands). Never ISO ("2027-01-15") in a sentence. Any
 * language other than English is written in Dutch. Templates reach it as {@code ui.date(...)}.
 */
public final class WrittenDates {

	private static final Locale DUTCH = Locale.of("nl");

	private static final DateTimeFormatter DATE_NL = DateTimeFormatter.ofPattern("d MMMM uuuu", DUTCH);

	private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

	private static final DateTimeFormatter DAY_NL = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", DUTCH);

	private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);

	private WrittenDates() {
	}

	/** "15 januari 2027" / "15 January 2027"; empty for no date. */
	public static String date(LocalDate date, Locale locale) {
		return date == null ? "" : (english(locale) ? DATE_EN : DATE_NL).format(date);
	}

	/** "vrijdag 15 januari 2027" / "Friday 15 January 2027"; empty for no date. */
	public static String dayAndDate(LocalDate date, Locale locale) {
		return date == null ? "" : (english(locale) ? DAY_EN : DAY_NL).format(date);
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}
}
