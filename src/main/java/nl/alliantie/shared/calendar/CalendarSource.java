package nl.alliantie.shared.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A module's public happenings for the one calendar: each module that holds dates the public may
 * see contributes a bean, so the calendar reads every module the same way without knowing their
 * tables (docs/adr/0029). One query per source, whatever the number of entries.
 */
public interface CalendarSource {

	/** The entries on {@code from} up to and including {@code to}, cancelled ones included. */
	List<CalendarEntry> between(LocalDate from, LocalDate to);

	/**
	 * The notification channels of the tables these entries are read from (docs/adr/0037), so that
	 * the next dates on the home page are kept until one changes. Empty: read on every request.
	 */
	default Set<String> changedOn() {
		return Set.of();
	}
}
