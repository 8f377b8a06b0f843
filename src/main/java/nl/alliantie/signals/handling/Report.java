package nl.alliantie.signals.handling;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A new signal as the form or the demo data hands it in. */
public record Report(String title, String story, List<String> themes, Signal.Place place, @Nullable String regionKey,
		@Nullable LocalDate seenOn, String reporterKind, @Nullable Long organisationId, @Nullable String organisationName, @Nullable String reporterName,
		@Nullable String reporterEmail, boolean consent, UUID formKey) {
}
