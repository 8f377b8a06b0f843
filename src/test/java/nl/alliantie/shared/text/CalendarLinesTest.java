package nl.alliantie.shared.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5545 3.1: lines of at most 75 octets, folded with CRLF and a space, no character split. */
class CalendarLinesTest {

	static String unfold(String text) {
		return text.replace("\r\n ", "");
	}

	static void assertFolded(String folded) {
		assertThat(folded).doesNotContain("\n\n");
		for (String line : folded.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(folded.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
	}

	@Test
	void aLongLineOfMultiByteCharactersIsFoldedByOctetsWithoutSplittingOne() {
		String description = "DESCRIPTION:" + "Één ruïne, café en crème brûlée 🚲 ".repeat(12);
		String folded = CalendarLines.fold("BEGIN:VEVENT\r\n" + description + "\r\nEND:VEVENT\r\n");
		assertFolded(folded);
		assertThat(unfold(folded)).isEqualTo("BEGIN:VEVENT\r\n" + description + "\r\nEND:VEVENT\r\n");
		assertThat(Arrays.stream(folded.split("\r\n")).filter(l -> l.startsWith(" ")).count()).isGreaterThan(3);
		assertThat(new String(folded.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
	}

	@Test
	void shortLinesStayAndEveryLineEndsInCrlf() {
		assertThat(CalendarLines.fold("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n"))
			.isEqualTo("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
		String exactly75 = "X".repeat(75);
		assertThat(CalendarLines.fold(exactly75 + "\r\n")).isEqualTo(exactly75 + "\r\n");
		assertThat(CalendarLines.fold("X".repeat(76) + "\r\n")).isEqualTo("X".repeat(75) + "\r\n X\r\n");
	}
}
