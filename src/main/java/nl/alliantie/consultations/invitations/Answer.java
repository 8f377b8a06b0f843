package nl.alliantie.consultations.invitations;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an organisation answered to an invitation. Stored, and sent by the reply form, as today's
 * Dutch {@link #code()}; the texts are {@code consultations.answer.<code>}.
 */
public enum Answer {

	YES("JA"),

	NO("NEE");

	private final String code;

	Answer(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public static Answer ofCode(String code) {
		return parse(code).orElseThrow(() -> new IllegalArgumentException("No answer " + code));
	}

	/** The answer a form or a filter names, or empty for anything else. */
	public static Optional<Answer> parse(String code) {
		return Arrays.stream(values()).filter(answer -> answer.code.equals(code)).findFirst();
	}
}
