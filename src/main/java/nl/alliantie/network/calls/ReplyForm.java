package nl.alliantie.network.calls;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The reply to a call: do you take part, who represents you, remarks, consent, and (asked only of
 * an organisation not in the register yet) what kind of organisation it is.
 */
public record ReplyForm(
		@NotBlank(message = "{network.reply.answer.required}") String antwoord,
		@Size(max = 200, message = "{network.person.name.size}") String naam1,
		@Email(message = "{network.person.email.invalid}") @Size(max = 254, message = "{network.person.email.invalid}") String email1,
		@Size(max = 200, message = "{network.person.name.size}") String naam2,
		@Email(message = "{network.person.email.invalid}") @Size(max = 254, message = "{network.person.email.invalid}") String email2,
		@Size(max = 2000, message = "{network.reply.remarks.size}") String opmerkingen,
		Boolean toestemming,
		String soort) {

	static ReplyForm empty() {
		return new ReplyForm("", "", "", "", "", "", false, "");
	}

	public boolean consent() {
		return Boolean.TRUE.equals(toestemming);
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	@Nullable Answer answer() {
		try {
			return Answer.valueOf(antwoord.trim());
		}
		catch (RuntimeException e) {
			return null;
		}
	}
}
