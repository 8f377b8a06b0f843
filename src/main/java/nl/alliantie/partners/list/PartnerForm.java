package nl.alliantie.partners.list;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The form of {@code partners/edit.jte}; the logo is a separate part of the request. */
public record PartnerForm(
		@NotBlank(message = "{partners.form.name.required}") @Size(max = 120, message = "{partners.form.name.size}") String naam,
		String soort,
		@Size(max = 300, message = "{partners.form.website.size}") @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{partners.form.website.pattern}") String website,
		@Size(max = 600, message = "{partners.form.description.size}") String beschrijving,
		@NotNull(message = "{partners.form.position.required}") @Min(value = 0, message = "{partners.form.position.range}") @Max(value = 99, message = "{partners.form.position.range}") Integer plaats,
		Boolean logoWeg) {

	public PartnerForm {
		naam = naam == null ? "" : naam.strip();
		soort = soort == null ? "" : soort.strip();
		website = website == null ? "" : website.strip();
		beschrijving = beschrijving == null ? "" : beschrijving.strip();
		logoWeg = Boolean.TRUE.equals(logoWeg);
	}

	static PartnerForm empty() {
		return new PartnerForm("", PartnerKind.PARTNER.slug(), "", "", 50, false);
	}

	static PartnerForm of(Partner partner) {
		return new PartnerForm(partner.name(), partner.kind().slug(), partner.website() == null ? "" : partner.website(),
				partner.description(), partner.position(), false);
	}
}
