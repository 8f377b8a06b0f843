package nl.alliantie.consultations.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.alliantie.shared.web.checks.DateText;
import nl.alliantie.shared.web.checks.TimeText;

/**
 * Plans or changes a consultation: region, date, start and end time, place and online link. The
 * region is asked only when planning (a planned consultation keeps its region, and its edit form
 * has no such field), so it is checked by the controller's {@code create}, not here.
 */
public record ConsultationForm(
		String regio,
		@NotBlank(message = "{consultations.form.date.required}") @DateText(message = "{consultations.form.date.invalid}") String datum,
		@NotBlank(message = "{consultations.form.start.required}") @TimeText(message = "{consultations.form.time.invalid}") String begintijd,
		@NotBlank(message = "{consultations.form.end.required}") @TimeText(message = "{consultations.form.time.invalid}") String eindtijd,
		@NotBlank(message = "{consultations.form.venue.required}") @Size(max = 200, message = "{consultations.form.size}") String locatie,
		@Size(max = 300, message = "{consultations.form.size}") String adres,
		@Size(max = 2000, message = "{consultations.form.size}") String route,
		@Pattern(regexp = "^$|https?://\\S+", message = "{consultations.form.link.invalid}") @Size(max = 500, message = "{consultations.form.size}") String onlineLink) {

	private static final java.time.format.DateTimeFormatter HOURS_MINUTES = java.time.format.DateTimeFormatter
		.ofPattern("HH:mm");

	public static ConsultationForm empty(String region) {
		return new ConsultationForm(region == null ? "" : region, "", "10:00", "12:30", "", "", "", "");
	}

	/** The form as the edit page shows it: times as hours and minutes, which the form accepts back. */
	public static ConsultationForm of(Consultation c) {
		return new ConsultationForm(c.regionKey(), c.start().toLocalDate().toString(),
				HOURS_MINUTES.format(c.start()), HOURS_MINUTES.format(c.end()), c.venue(), c.address(),
				c.route(), c.onlineLink() == null ? "" : c.onlineLink());
	}
}
