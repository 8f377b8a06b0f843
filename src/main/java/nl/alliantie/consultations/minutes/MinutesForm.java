package nl.alliantie.consultations.minutes;

import java.util.List;

import jakarta.validation.constraints.Size;

/** Attendance (the invitations that were there), the minutes and the public summary. */
public record MinutesForm(
		List<Long> aanwezig,
		@Size(max = 50000, message = "{consultations.minutes.size}") String verslag,
		@Size(max = 10000, message = "{consultations.minutes.size}") String samenvatting) {
}
