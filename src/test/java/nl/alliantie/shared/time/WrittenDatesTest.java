package nl.alliantie.shared.time;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 20, item 10: dates in running text are written out, day before month, in both languages. */
class WrittenDatesTest {

	static final LocalDate DAY = LocalDate.of(2027, 1, 15);

	@Test
	void dutchAndEnglishWriteTheDayBeforeTheMonthInWords() {
		assertThat(WrittenDates.date(DAY, Locale.of("nl"))).isEqualTo("15 januari 2027");
		assertThat(WrittenDates.date(DAY, Locale.ENGLISH)).isEqualTo("15 January 2027");
		assertThat(WrittenDates.dayAndDate(DAY, Locale.of("nl"))).isEqualTo("vrijdag 15 januari 2027");
		assertThat(WrittenDates.dayAndDate(DAY, Locale.of("en", "GB"))).isEqualTo("Friday 15 January 2027");
	}

	@Test
	void anyOtherLanguageIsDutchAndNoDateIsEmpty() {
		assertThat(WrittenDates.date(DAY, Locale.GERMAN)).isEqualTo("15 januari 2027");
		assertThat(WrittenDates.date(DAY, null)).isEqualTo("15 januari 2027");
		assertThat(WrittenDates.date(null, Locale.ENGLISH)).isEmpty();
	}
}
