package nl.alliantie.events.announcing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import nl.alliantie.conferences.OccasionId;
import nl.alliantie.conferences.Occasions;
import nl.alliantie.events.EventKind;
import nl.alliantie.shared.calendar.CalendarEntry;

/** A one-off event as stored, with the rules of registering for it. */
public record Event(long id, EventKind kind, String title, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
		String venue, String address, String town, @Nullable String region, String program, int capacity, LocalDate closesOn,
		EventStatus status, int sequence, OccasionId occasion) {

	public static String path(long id) {
		return "/bijeenkomsten/" + id;
	}

	public String path() {
		return path(id);
	}

	/** The UID of the event in the site's calendar and in its calendar file: never changes. */
	public static String calendarUid(long id) {
		return "bijeenkomst-" + id + "@alliantie";
	}

	public boolean cancelled() {
		return status == EventStatus.CANCELLED;
	}

	/** Held: its day has passed and it was not cancelled. */
	public boolean held(Clock clock) {
		return !cancelled() && heldOn.isBefore(LocalDate.now(clock));
	}

	/** People can register until the end of the closing day, unless it was cancelled. */
	public boolean registrationOpen(Clock clock) {
		return !cancelled() && !closesOn.isBefore(LocalDate.now(clock));
	}

	public String place() {
		return venue + ", " + address + ", " + town;
	}

	/** The event as the site's calendar shows it. */
	public CalendarEntry entry() {
		return new CalendarEntry(calendarUid(id), sequence, CalendarEntry.Kind.EVENT, heldOn, startsAt, endsAt, title,
				place(), "", path(), region, cancelled());
	}

	/** What the conferences module keeps of it to register people (docs/adr/0031). */
	Occasions.Occasion occasion(int atSequence) {
		return new Occasions.Occasion(title, heldOn, startsAt, endsAt, venue, address, town, region, capacity, closesOn,
				path(), calendarUid(id), atSequence);
	}
}
