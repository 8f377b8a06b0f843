package nl.alliantie.network.organisations;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.alliantie.shared.web.checks.DateText;
import nl.alliantie.shared.web.checks.TypedDates;
import org.jspecify.annotations.Nullable;

/** What the organisation form sends; checked field by field with plain Dutch messages. */
public record OrganisationForm(
		@NotBlank(message = "{network.organisation.name.required}")
		@Size(max = 200, message = "{network.organisation.name.size}") String naam,
		@NotBlank(message = "{network.organisation.type.required}") String type,
		@NotBlank(message = "{network.organisation.municipality.required}") String gemeente,
		String regio,
		@Size(max = 200, message = "{network.organisation.address.size}") String adres,
		@Pattern(regexp = "^\\s*$|^\\s*[1-9][0-9]{3}\\s?[A-Za-z]{2}\\s*$", message = "{network.organisation.postcode.invalid}") String postcode,
		@Size(max = 300, message = "{network.organisation.website.invalid}")
		@Pattern(regexp = "^\\s*$|^\\s*(https?://)?[^\\s/]+\\.[^\\s]+\\s*$", message = "{network.organisation.website.invalid}") String website,
		@Email(message = "{network.organisation.email.invalid}") @Size(max = 254, message = "{network.organisation.email.invalid}") String email,
		@Pattern(regexp = "^\\s*$|^\\s*[0-9 +()-]{6,20}\\s*$", message = "{network.organisation.phone.invalid}") String telefoon,
		@Size(max = 2000, message = "{network.organisation.activities.size}") String werk,
		@NotBlank(message = "{network.organisation.status.required}") String status,
		@DateText(message = "{network.organisation.since.invalid}") String sinds,
		@Size(max = 300, message = "{network.organisation.themes.size}") String themas) {

	static OrganisationForm empty() {
		return new OrganisationForm("", "", "", "", "", "", "", "", "", "", OrganisationStatus.AANGESLOTEN.name(), "", "");
	}

	static OrganisationForm of(Directory.Detail d) {
		return new OrganisationForm(d.name(), d.typeKey(), d.municipality(), d.regionOverride() == null ? "" : d.regionOverride(),
				nz(d.address()), nz(d.postcode()), nz(d.website()), nz(d.email()), nz(d.phone()), nz(d.activities()),
				d.status(), d.memberSince() == null ? "" : d.memberSince().toString(), String.join(", ", d.themes()));
	}

	/** This form with the status, "lid sinds", municipality and region as stored, whatever was sent. */
	OrganisationForm withStewardFieldsOf(Directory.Detail d) {
		OrganisationForm stored = of(d);
		return new OrganisationForm(naam, type, stored.gemeente(), stored.regio(), adres, postcode, website, email,
				telefoon, werk, stored.status(), stored.sinds(), themas);
	}

	private static String nz(String value) {
		return value == null ? "" : value;
	}

	static @Nullable String clean(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	@Nullable LocalDate since() {
		try {
			return clean(sinds) == null ? null : TypedDates.date(sinds).orElse(null);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	boolean sinceUnreadable() {
		return clean(sinds) != null && since() == null;
	}

	@Nullable OrganisationStatus statusValue() {
		try {
			return status == null ? null : OrganisationStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	@Nullable String websiteValue() {
		String site = clean(website);
		if (site == null) {
			return null;
		}
		return site.startsWith("http://") || site.startsWith("https://") ? site : "https://" + site;
	}

	@Nullable String postcodeValue() {
		String code = clean(postcode);
		return code == null ? null : code.replaceAll("\\s", "").toUpperCase(Locale.ROOT).replaceFirst("^(\\d{4})", "$1 ");
	}

	List<String> themeList() {
		return themas == null ? List.of()
				: Arrays.stream(themas.split("[,;]")).map(String::trim).filter(t -> !t.isEmpty()).distinct().limit(10).toList();
	}

	OrganisationDetails details(@Nullable String regionOverride) {
		return new OrganisationDetails(naam.trim(), type.trim(), gemeente.trim(), regionOverride, clean(adres),
				postcodeValue(), websiteValue(), clean(email) == null ? null : email.trim().toLowerCase(Locale.ROOT),
				clean(telefoon), clean(werk), statusValue(), since(), themeList());
	}
}
