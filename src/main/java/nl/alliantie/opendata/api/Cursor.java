package nl.alliantie.opendata.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the next page of a list starts: the key of the last row given (an id, a year or a
 * municipality's name), written as an opaque token so that clients pass it back unread. The
 * token names its list, so a cursor of one list is refused by another.
 */
final class Cursor {

	private static final int MAX_LENGTH = 400;

	private Cursor() {
	}

	static String of(String list, String key) {
		return Base64.getUrlEncoder().withoutPadding()
			.encodeToString(("v1:" + list + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

	/** The key in {@code token} for {@code list}; empty when the token is not one of this list's cursors. */
	static Optional<String> key(String list, String token) {
		if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
			String prefix = "v1:" + list + ":";
			return text.startsWith(prefix) ? Optional.of(text.substring(prefix.length())) : Optional.empty();
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
	}

	/** The key as a number (an id or a year), empty when it is none. */
	static Optional<Long> number(String list, String token) {
		return key(list, token).filter(key -> key.matches("[0-9]{1,18}")).map(Long::valueOf);
	}
}
