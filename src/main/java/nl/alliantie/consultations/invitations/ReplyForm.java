package nl.alliantie.consultations.invitations;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** The reply to an invitation: do you come, who represents you, remarks. */
public record ReplyForm(
		String antwoord,
		@Size(max = 200, message = "{consultations.reply.name.size}") String naam1,
		@Email(message = "{consultations.reply.email.invalid}") @Size(max = 254, message = "{consultations.reply.email.invalid}") String email1,
		@Size(max = 200, message = "{consultations.reply.name.size}") String naam2,
		@Email(message = "{consultations.reply.email.invalid}") @Size(max = 254, message = "{consultations.reply.email.invalid}") String email2,
		@Size(max = 2000, message = "{consultations.reply.remarks.size}") String opmerkingen) {

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static String nz(String value) {
		return value == null ? "" : value;
	}

	Invitation.Reply reply() {
		Answer answer = Answer.parse(antwoord).orElse(null);
		boolean comes = answer == Answer.YES;
		return new Invitation.Reply(answer, comes ? naam1 : null, comes ? email1 : null, comes ? naam2 : null,
				comes ? email2 : null, opmerkingen);
	}
}
