package nl.alliantie.events.pages;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Registering for an event without an account; field names are the Dutch ones the browser sends. */
public record RegistrationForm(
		@NotBlank(message = "{events.register.name.required}") @Size(max = 200, message = "{events.register.name.size}") String naam,
		@NotBlank(message = "{events.register.email.required}") @Email(message = "{events.register.email.invalid}")
		@Size(max = 254, message = "{events.register.email.invalid}") String email,
		@Size(max = 200, message = "{events.register.organisation.size}") String organisatie,
		@Size(max = 500, message = "{events.register.needs.size}") String wensen,
		@NotNull(message = "{events.register.consent.required}") @AssertTrue(message = "{events.register.consent.required}") @Nullable Boolean toestemming) {

	public RegistrationForm {
		naam = naam == null ? "" : naam;
		email = email == null ? "" : email;
		organisatie = organisatie == null ? "" : organisatie;
		wensen = wensen == null ? "" : wensen;
	}

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", "", false);
	}
}
