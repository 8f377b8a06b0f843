package nl.alliantie.network.organisations;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The fields of an organisation as a form or an import gives them, already checked. */
public record OrganisationDetails(String name, @Nullable String typeKey, String municipality, @Nullable String regionOverride,
		@Nullable String address, @Nullable String postcode, @Nullable String website, @Nullable String email, @Nullable String phone, @Nullable String activities,
		@Nullable OrganisationStatus status, @Nullable LocalDate memberSince, List<String> themes) {
}
