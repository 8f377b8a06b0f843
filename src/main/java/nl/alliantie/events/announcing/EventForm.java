package nl.alliantie.events.announcing;

import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import nl.alliantie.events.EventKind;
import nl.alliantie.shared.web.checks.DateText;
import nl.alliantie.shared.web.checks.TimeText;

/**
 * Announces or changes an event; field names are the Dutch ones the form sends. Kind, region and
 * the order of times and dates are checked by the controller (they depend on each other and on
 * the regions of the network).
 */
public record EventForm(
		String soort,
		@NotBlank(message = "{events.form.title.required}") @Size(max = 200, message = "{events.form.size}") String titel,
		@NotBlank(message = "{events.form.date.required}") @DateText(message = "{events.form.date.invalid}") String datum,
		@NotBlank(message = "{events.form.start.required}") @TimeText(message = "{events.form.time.invalid}") String begintijd,
		@NotBlank(message = "{events.form.end.required}") @TimeText(message = "{events.form.time.invalid}") String eindtijd,
		@NotBlank(message = "{events.form.venue.required}") @Size(max = 200, message = "{events.form.size}") String locatie,
		@NotBlank(message = "{events.form.address.required}") @Size(max = 300, message = "{events.form.size}") String adres,
		@NotBlank(message = "{events.form.town.required}") @Size(max = 100, message = "{events.form.size}") String plaats,
		String regio,
		@Size(max = 20000, message = "{events.form.program.size}") String programma,
		@NotNull(message = "{events.form.capacity.required}") @Min(value = 1, message = "{events.form.capacity.range}") @Max(value = 5000, message = "{events.form.capacity.range}") @Nullable Integer capaciteit,
		@NotBlank(message = "{events.form.closes.required}") @DateText(message = "{events.form.date.invalid}") String sluitdatum) {

	private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

	public EventForm {
		soort = soort == null ? "" : soort.strip();
		titel = titel == null ? "" : titel.strip();
		datum = datum == null ? "" : datum.strip();
		begintijd = begintijd == null ? "" : begintijd.strip();
		eindtijd = eindtijd == null ? "" : eindtijd.strip();
		locatie = locatie == null ? "" : locatie.strip();
		adres = adres == null ? "" : adres.strip();
		plaats = plaats == null ? "" : plaats.strip();
		regio = regio == null ? "" : regio.strip();
		programma = programma == null ? "" : programma.strip();
		sluitdatum = sluitdatum == null ? "" : sluitdatum.strip();
	}

	static EventForm empty() {
		return new EventForm(EventKind.SYMPOSIUM.code(), "", "", "10:00", "16:00", "", "", "", "", "", 100, "");
	}

	static EventForm of(Event event) {
		return new EventForm(event.kind().code(), event.title(), event.heldOn().toString(), HOURS.format(event.startsAt()),
				HOURS.format(event.endsAt()), event.venue(), event.address(), event.town(),
				java.util.Objects.requireNonNullElse(event.region(), ""), event.program(), event.capacity(),
				event.closesOn().toString());
	}
}
