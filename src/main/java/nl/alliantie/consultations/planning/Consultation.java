package nl.alliantie.consultations.planning;

import nl.alliantie.consultations.ConsultationStatus;
import nl.alliantie.shared.time.DutchTime;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A regional consultation. The rule: replies and changes to invitations are taken until the
 * meeting starts, never after.
 */
public record Consultation(long id, String regionKey, String regionName, Instant startsAt, Instant endsAt,
		String venue, String address, String route, String onlineLink, ConsultationStatus status, int sequence, String minutes,
		String summary, @Nullable Instant publishedAt) {

	public boolean started(Clock clock) {
		return !clock.instant().isBefore(startsAt);
	}

	public boolean cancelled() {
		return status == ConsultationStatus.CANCELLED;
	}

	public boolean published() {
		return status == ConsultationStatus.MINUTES_PUBLISHED;
	}

	public ZonedDateTime start() {
		return startsAt.atZone(DutchTime.ZONE);
	}

	public ZonedDateTime end() {
		return endsAt.atZone(DutchTime.ZONE);
	}

	/** "dinsdag 24 januari 2012, 09:30 – 12:00" in the given language. */
	public String when(Locale locale) {
		return start().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale)) + " – "
				+ end().format(DateTimeFormatter.ofPattern("HH:mm", locale));
	}

	public String place() {
		return address == null || address.isBlank() ? venue : venue + ", " + address;
	}
}
