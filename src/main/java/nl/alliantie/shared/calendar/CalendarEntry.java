package nl.alliantie.shared.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import nl.alliantie.shared.time.DutchTime;
import org.jspecify.annotations.Nullable;

/**
 * One public happening as a calendar shows it, whichever module holds it. The {@code uid} never
 * changes for the happening; {@code sequence} is raised by its module (or by the calendar that
 * notices a change) whenever date, time, place or title change. Without a {@code start} the entry
 * is a whole day. {@code regionKey} is {@code null} for what concerns the whole country; {@code path}
 * is the public page on this site.
 */
public record CalendarEntry(String uid, int sequence, Kind kind, LocalDate date, @Nullable LocalTime start, @Nullable LocalTime end,
		String title, String place, String description, String path, @Nullable String regionKey, boolean cancelled) {

	/** What kind of happening, for the calendar's legend and filter. */
	public enum Kind {
		REGIONAL_CONSULTATION, ALLIANTIEDAG, STATE_SECRETARY, COUNCIL_LETTER, NEWSLETTER, EVENT
	}

	public CalendarEntry {
		place = place == null ? "" : place;
		description = description == null ? "" : description;
	}

	public boolean allDay() {
		return start == null;
	}

	public Instant startsAt() {
		return date.atTime(allDay() ? LocalTime.MIDNIGHT : start).atZone(DutchTime.ZONE).toInstant();
	}

	public Instant endsAt() {
		LocalTime from = start;
		if (from == null) {
			return date.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant();
		}
		LocalTime until = end == null || !end.isAfter(from) ? from.plusHours(1) : end;
		return date.atTime(until).atZone(DutchTime.ZONE).toInstant();
	}

	public CalendarEntry withSequence(int raised) {
		return new CalendarEntry(uid, raised, kind, date, start, end, title, place, description, path, regionKey,
				cancelled);
	}

	public CalendarEntry asCancelled() {
		return new CalendarEntry(uid, sequence, kind, date, start, end, title, place, description, path, regionKey,
				true);
	}

	/** What a calendar shows of it: when this changes, the sequence must go up. */
	public String fingerprint() {
		return String.join("\u001f", String.valueOf(date), String.valueOf(start), String.valueOf(end), title, place,
				String.valueOf(cancelled));
	}
}
