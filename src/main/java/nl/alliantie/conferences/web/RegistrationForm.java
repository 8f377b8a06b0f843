package nl.alliantie.conferences.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The public registration form; field names are the Dutch ones the visitor's browser sends. */
public record RegistrationForm(
		@NotNull(message = "{conferences.register.day.required}") @Nullable Long dag,
		@NotBlank(message = "{conferences.register.name.required}") @Size(max = 200, message = "{conferences.register.name.size}") String naam,
		@NotBlank(message = "{conferences.register.email.required}") @Email(message = "{conferences.register.email.invalid}")
		@Size(max = 254, message = "{conferences.register.email.invalid}") String email,
		@Size(max = 200, message = "{conferences.register.organisation.size}") String organisatie,
		@Nullable Long werkgroep1,
		@Nullable Long werkgroep2,
		@Size(max = 500, message = "{conferences.register.needs.size}") String toegankelijkheid,
		@Size(max = 500, message = "{conferences.register.needs.size}") String dieet,
		@NotNull(message = "{conferences.register.consent.required}") @AssertTrue(message = "{conferences.register.consent.required}") Boolean toestemming) {

	public static RegistrationForm empty(@Nullable Long day) {
		return new RegistrationForm(day, "", "", "", null, null, "", "", false);
	}
}
