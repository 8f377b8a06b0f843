package nl.alliantie.signals.handling;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A new signal as the form or the demo data hands it in; {@code language}: of the pages it was
 * reported on, {@code nl} or {@code en}, and so of every mail to its reporter.
 */
public record Report(String title, String story, List<String> themes, Signal.Place place, @Nullable String regionKey,
		@Nullable LocalDate seenOn, String reporterKind, @Nullable Long organisationId, @Nullable String organisationName,
		@Nullable String reporterName, @Nullable String reporterEmail, boolean consent, UUID formKey, String language) {

	public Report {
		language = "en".equals(language) ? "en" : "nl";
	}

	/** A signal reported on the Dutch pages. */
	public Report(String title, String story, List<String> themes, Signal.Place place, @Nullable String regionKey,
			@Nullable LocalDate seenOn, String reporterKind, @Nullable Long organisationId,
			@Nullable String organisationName, @Nullable String reporterName, @Nullable String reporterEmail,
			boolean consent, UUID formKey) {
		this(title, story, themes, place, regionKey, seenOn, reporterKind, organisationId, organisationName,
				reporterName, reporterEmail, consent, formKey, "nl");
	}

	/** The language every mail to the reporter is written in. */
	public java.util.Locale locale() {
		return java.util.Locale.of(language);
	}
}
