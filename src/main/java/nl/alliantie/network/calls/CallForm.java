package nl.alliantie.network.calls;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.alliantie.shared.web.checks.DateText;

/** A new call: text, reply-by date and who gets it. */
public record CallForm(
		@NotBlank(message = "{network.call.title.required}") @Size(max = 200, message = "{network.call.title.size}") String titel,
		@NotBlank(message = "{network.call.body.required}") @Size(max = 10000, message = "{network.call.body.size}") String tekst,
		@NotBlank(message = "{network.call.replyBy.required}")
		@DateText(message = "{network.call.replyBy.invalid}") String antwoordVoor,
		Boolean organisaties, String regio, String type, String status) {

	public boolean toOrganisations() {
		return Boolean.TRUE.equals(organisaties);
	}

	static CallForm empty() {
		return new CallForm("", "", "", true, "", "", "");
	}
}
