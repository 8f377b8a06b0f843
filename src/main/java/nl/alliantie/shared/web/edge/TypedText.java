package nl.alliantie.shared.web.edge;

import org.jspecify.annotations.Nullable;

/**
 * What may be kept of text a person sent: tab, line feed and carriage return stay; every other
 * control character (C0, DEL, C1) goes, and so do the bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) that make a name read the wrong way round.
 * PostgreSQL refuses U+0000 in text, so without this a NUL in any field failed the whole request.
 */
public final class TypedText {

	private TypedText() {
	}

	/** The text without the characters above; the same instance when it had none. */
	public static @Nullable String clean(String value) {
		if (value == null) {
			return null;
		}
		int length = value.length();
		int first = -1;
		for (int i = 0; i < length; i++) {
			if (unwanted(value.charAt(i))) {
				first = i;
				break;
			}
		}
		if (first < 0) {
			return value;
		}
		StringBuilder kept = new StringBuilder(length - 1);
		kept.append(value, 0, first);
		for (int i = first + 1; i < length; i++) {
			char c = value.charAt(i);
			if (!unwanted(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	/** Whether the text holds a character that {@link #clean} removes. */
	public static boolean needsCleaning(String value) {
		if (value == null) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			if (unwanted(value.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	static boolean unwanted(char c) {
		if (c < 0x20) {
			return c != '\t' && c != '\n' && c != '\r';
		}
		if (c < 0x7F) {
			return false;
		}
		return c <= 0x9F || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
	}
}
