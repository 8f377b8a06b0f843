package nl.alliantie.events.announcing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.alliantie.shared.calendar.CalendarEntry;
import nl.alliantie.shared.calendar.CalendarSource;

/** The one-off events in the site's one calendar and its feeds, cancelled ones as cancelled: one query. */
@Component
class EventDates implements CalendarSource {

	private final EventStore store;

	EventDates(EventStore store) {
		this.store = store;
	}

	@Override
	public List<CalendarEntry> between(LocalDate from, LocalDate to) {
		return store.between(from, to).stream().map(Event::entry).toList();
	}

	@Override
	public Set<String> changedOn() {
		return Set.of("events_changed");
	}
}
