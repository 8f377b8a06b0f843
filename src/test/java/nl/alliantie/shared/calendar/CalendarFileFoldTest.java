package nl.alliantie.shared.calendar;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5545 3.1: no line longer than 75 octets, and a fold never splits a UTF-8 character. */
class CalendarFileFoldTest {

	@Test
	void longLinesAreFoldedAtSeventyFiveOctetsBetweenCharacters() {
		String line = "SUMMARY:" + "Bijeenkomst in 's-Hertogenbosch – één dag vol ✓ ".repeat(6);
		String folded = CalendarFile.fold("BEGIN:VCALENDAR\r\n" + line + "\r\nEND:VCALENDAR\r\n");
		String[] physical = folded.split("\r\n");
		for (String part : physical) {
			assertThat(part.getBytes(StandardCharsets.UTF_8).length).as(part).isLessThanOrEqualTo(75);
		}
		assertThat(physical.length).isGreaterThan(4);
		// unfolding (RFC 5545: remove CRLF followed by one space) gives the line back
		assertThat(folded.replace("\r\n ", "")).isEqualTo("BEGIN:VCALENDAR\r\n" + line + "\r\nEND:VCALENDAR\r\n");
		assertThat(folded).endsWith("END:VCALENDAR\r\n");
	}

	@Test
	void shortLinesStayAsTheyAre() {
		assertThat(CalendarFile.fold("A:b\r\nC:d\r\n")).isEqualTo("A:b\r\nC:d\r\n");
	}
}
