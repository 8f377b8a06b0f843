package nl.alliantie.consultations.invitations;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One person invited by hand. */
public record PersonForm(
		@NotBlank(message = "{consultations.person.name.required}") @Size(max = 200, message = "{consultations.reply.name.size}") String naam,
		@NotBlank(message = "{consultations.person.email.required}") @Email(message = "{consultations.reply.email.invalid}") @Size(max = 254, message = "{consultations.reply.email.invalid}") String email) {
}
