package nl.alliantie.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.calendar.CalendarEntry;
import nl.alliantie.shared.calendar.CalendarSource;
import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.shared.memory.UntilChanged;

/**
 * What other modules read of the one calendar: the entries of every module in a period, earliest
 * first. One query per contributing module, whatever the number of entries; the entries of a period
 * (the list, a month, a feed) and the next dates (the home page's) are kept until a source's tables
 * change (docs/adr/0037).
 */
@Component
public class PublicCalendar {

	private final List<CalendarSource> sources;

	private final Clock clock;

	private record Next(LocalDate today, int count) {
	}

	private final UntilChanged<Next, List<CalendarEntry>> next;

	private record Period(LocalDate from, LocalDate to) {
	}

	/** Periods kept: today's year, a few months a visitor pages through, the feeds' window. */
	private static final int PERIODS_KEPT = 64;

	private final UntilChanged<Period, List<CalendarEntry>> periods;

	PublicCalendar(List<CalendarSource> sources, Clock clock, DatabaseNotifications notifications,
			@Value("${alliantie.figures.keep:true}") boolean keep) {
		this.sources = sources;
		this.clock = clock;
		Set<String> channels = new TreeSet<>();
		sources.forEach(source -> channels.addAll(source.changedOn()));
		boolean everySourceTells = sources.stream().noneMatch(source -> source.changedOn().isEmpty());
		this.next = new UntilChanged<>(notifications, channels, 20, keep && everySourceTells,
				key -> read(key.today(), key.today().plusYears(1)).stream().filter(entry -> !entry.cancelled())
					.limit(key.count())
					.toList());
		this.periods = new UntilChanged<>(notifications, channels, PERIODS_KEPT, keep && everySourceTells,
				key -> read(key.from(), key.to()));
	}

	/** Every entry on {@code from} up to and including {@code to}, cancelled ones included. */
	public List<CalendarEntry> between(LocalDate from, LocalDate to) {
		return periods.get(new Period(from, to));
	}

	private List<CalendarEntry> read(LocalDate from, LocalDate to) {
		return sources.stream()
			.flatMap(source -> source.between(from, to).stream())
			.sorted(Comparator.comparing(CalendarEntry::startsAt).thenComparing(CalendarEntry::uid))
			.toList();
	}

	/** The next {@code count} entries that are not cancelled, from today on (within a year). */
	public List<CalendarEntry> upcoming(int count) {
		return next.get(new Next(today(), count));
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}
}
