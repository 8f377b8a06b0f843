package nl.alliantie.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.alliantie.shared.calendar.CalendarEntry;
import nl.alliantie.shared.calendar.CalendarSource;

/**
 * What other modules read of the one calendar: the entries of every module in a period, earliest
 * first. One query per contributing module, whatever the number of entries.
 */
@Component
public class PublicCalendar {

	private final List<CalendarSource> sources;

	private final Clock clock;

	PublicCalendar(List<CalendarSource> sources, Clock clock) {
		this.sources = sources;
		this.clock = clock;
	}

	/** Every entry on {@code from} up to and including {@code to}, cancelled ones included. */
	public List<CalendarEntry> between(LocalDate from, LocalDate to) {
		return sources.stream()
			.flatMap(source -> source.between(from, to).stream())
			.sorted(Comparator.comparing(CalendarEntry::startsAt).thenComparing(CalendarEntry::uid))
			.toList();
	}

	/** The next {@code count} entries that are not cancelled, from today on (within a year). */
	public List<CalendarEntry> upcoming(int count) {
		LocalDate today = today();
		return between(today, today.plusYears(1)).stream().filter(entry -> !entry.cancelled()).limit(count).toList();
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}
}
