package nl.alliantie.signals.handling;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A new signal as the form or the demo data hands it in. */
public record Report(String title, String story, List<String> themes, Signal.Place place, String regionKey,
		LocalDate seenOn, String reporterKind, Long organisationId, String organisationName, String reporterName,
		String reporterEmail, boolean consent, UUID formKey) {
}
