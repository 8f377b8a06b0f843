package nl.alliantie.shared.text;

import java.nio.charset.StandardCharsets;

/**
 * Folds the lines of a calendar file (RFC 5545, section 3.1): no line longer than 75 octets of
 * UTF-8 without its line break; a longer one goes on in lines that begin with one space. A
 * character is never split across lines (a multi-byte character goes to the next line whole), so
 * "ë" or an emoji arrive intact. ical4j's {@code Calendar.toString()} does not fold at all, and its
 * folding writer counts characters, not octets; every calendar file goes through {@link #fold}.
 */
public final class CalendarLines {

	/** Octets per line, without the CRLF (RFC 5545: SHOULD NOT be longer). */
	public static final int MAX_OCTETS = 75;

	private CalendarLines() {
	}

	/** The calendar text with every line folded; line breaks become CRLF. */
	public static String fold(String calendar) {
		StringBuilder out = new StringBuilder(calendar.length() + calendar.length() / 50);
		String[] lines = calendar.split("\r\n|\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i == lines.length - 1 && lines[i].isEmpty()) {
				break;
			}
			foldLine(lines[i], out);
			out.append("\r\n");
		}
		return out.toString();
	}

	private static void foldLine(String line, StringBuilder out) {
		int octets = 0;
		int index = 0;
		while (index < line.length()) {
			int codePoint = line.codePointAt(index);
			String character = new String(Character.toChars(codePoint));
			int size = character.getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > MAX_OCTETS) {
				out.append("\r\n ");
				octets = 1;
			}
			out.append(character);
			octets += size;
			index += Character.charCount(codePoint);
		}
	}
}
