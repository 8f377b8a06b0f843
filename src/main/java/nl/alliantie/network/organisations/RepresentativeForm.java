package nl.alliantie.network.organisations;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A representative to add: name and e-mail address. */
public record RepresentativeForm(
		@NotBlank(message = "{network.person.name.required}") @Size(max = 200, message = "{network.person.name.size}") String persoonNaam,
		@NotBlank(message = "{network.person.email.required}") @Email(message = "{network.person.email.invalid}")
		@Size(max = 254, message = "{network.person.email.invalid}") String persoonEmail) {

	static RepresentativeForm empty() {
		return new RepresentativeForm("", "");
	}
}
