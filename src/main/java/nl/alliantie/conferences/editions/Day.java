package nl.alliantie.conferences.editions;

import java.time.Clock;
import java.time.LocalDate;

/**
 * One day of an edition, with how many registered and how many wait; {@code sequence} counts the
 * changes of its date, time or place (the SEQUENCE of its calendar file).
 */
public record Day(long id, long editionId, int year, int number, LocalDate date, String town, String venue,
		String address, String region, int capacity, int taken, int waiting, int sequence) {

	public int free() {
		return Math.max(0, capacity - taken);
	}

	public boolean full() {
		return taken >= capacity;
	}

	/** People may register (or join the waiting list) until the day itself. */
	public boolean registrationOpen(Clock clock) {
		return !date.isBefore(LocalDate.now(clock));
	}

	/** The evaluation opens on the day itself. */
	public boolean evaluationOpen(Clock clock) {
		return !date.isAfter(LocalDate.now(clock));
	}

	public String path() {
		return "/alliantiedagen/" + year + "/" + number;
	}

	public String calendarPath() {
		return path() + "/agenda.ics";
	}
}
