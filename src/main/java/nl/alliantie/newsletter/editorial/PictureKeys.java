package nl.alliantie.newsletter.editorial;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Random keys for the addresses of pictures: 128 bits, URL-safe, not guessable before an issue goes out. */
final class PictureKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{22}");

	private PictureKeys() {
	}

	static String next() {
		byte[] raw = new byte[16];
		RANDOM.nextBytes(raw);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
	}

	static boolean wellFormed(String key) {
		return FORM.matcher(key).matches();
	}
}
