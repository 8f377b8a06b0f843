package nl.alliantie.lobby.drafting;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A local group offers to co-draft its municipality's letter; the personal link goes to {@code email}. */
public record HelpOfferForm(
		@NotBlank(message = "{lobby.offer.municipality.required}") @Size(max = 100, message = "{lobby.offer.municipality.unknown}") String gemeente,
		@NotBlank(message = "{lobby.offer.name.required}") @Size(max = 200, message = "{lobby.offer.name.size}") String naam,
		@NotBlank(message = "{lobby.offer.email.required}") @Email(message = "{lobby.offer.email.invalid}") @Size(max = 254, message = "{lobby.offer.email.invalid}") String email,
		@Size(max = 200, message = "{lobby.offer.organisation.size}") String organisatie,
		// a field people do not see: filled in only by robots
		String website) {

	static HelpOfferForm empty() {
		return new HelpOfferForm("", "", "", "", "");
	}
}
