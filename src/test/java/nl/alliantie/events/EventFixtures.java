package nl.alliantie.events;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.alliantie.events.announcing.EventStore;

/** One-off events for tests, announced the way the secretariat does (with places in conferences). */
@Component
public class EventFixtures {

	private final EventStore store;

	EventFixtures(EventStore store) {
		this.store = store;
	}

	/** A symposium in Utrecht on {@code date}, 10:00–16:00, registration open until the day before. */
	public long symposium(LocalDate date, int capacity) {
		return store.announce(draft("Symposium " + UUID.randomUUID().toString().substring(0, 8), date, capacity, null));
	}

	public static EventStore.Draft draft(String title, LocalDate date, int capacity, String region) {
		return new EventStore.Draft(EventKind.SYMPOSIUM, title, date, java.time.LocalTime.of(10, 0),
				java.time.LocalTime.of(16, 0), "Jaarbeurs", "Jaarbeursplein 6", "Utrecht", region,
				"## Ochtend\n\n- Opening\n- Inleiding **Versterk, vertrouw, verbind**", capacity, date.minusDays(1));
	}
}
