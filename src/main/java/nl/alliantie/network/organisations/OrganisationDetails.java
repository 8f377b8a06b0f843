package nl.alliantie.network.organisations;

import java.time.LocalDate;
import java.util.List;

/** The fields of an organisation as a form or an import gives them, already checked. */
public record OrganisationDetails(String name, String typeKey, String municipality, String regionOverride,
		String address, String postcode, String website, String email, String phone, String activities,
		OrganisationStatus status, LocalDate memberSince, List<String> themes) {
}
