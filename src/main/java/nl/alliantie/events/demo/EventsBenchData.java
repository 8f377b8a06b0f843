package nl.alliantie.events.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.stereotype.Component;

import nl.alliantie.events.EventKind;
import nl.alliantie.events.announcing.EventStore;
import nl.alliantie.events.announcing.EventStore.Draft;
import nl.alliantie.shared.bench.BenchData;
import nl.alliantie.shared.bench.BenchScale;

/**
 * Bench one-off events: the first (id 1, the page {@code bench/pages.txt} measures) a week ahead
 * with open registration, then one every four days from two years back to a year ahead, so that
 * both lists (coming, earlier) have several pages. Announced through {@link EventStore}, so each
 * has its places in the conferences module as in production.
 */
@Component
class EventsBenchData implements BenchData {

	private static final String[] TOWNS = { "Utrecht", "Zwolle", "Assen", "Eindhoven", "Rotterdam", "Arnhem", "Groningen",
			"Maastricht" };

	private static final String[] REGIONS = { null, "oost", "noord", "zuid", "west", "oost", "noord", "zuid" };

	private final EventStore store;

	private final Clock clock;

	EventsBenchData(EventStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "events";
	}

	@Override
	public int order() {
		return 35;
	}

	@Override
	public void generate(BenchScale scale) {
		LocalDate today = LocalDate.now(clock);
		store.announce(draft(0, today.plusWeeks(1)));
		int count = Math.min(scale.times(270), 2_000);
		for (int i = 1; i < count; i++) {
			store.announce(draft(i, today.minusYears(2).plusDays(4L * (i % 270))));
		}
	}

	private static Draft draft(int i, LocalDate date) {
		EventKind kind = EventKind.values()[i % EventKind.values().length];
		String town = TOWNS[i % TOWNS.length];
		return new Draft(kind, "Bijeenkomst " + (i + 1) + " in " + town, date, LocalTime.of(10, 0), LocalTime.of(15, 30),
				"Buurthuis De Schakel", "Dorpsstraat " + (1 + i % 90), town, REGIONS[i % REGIONS.length],
				"## Programma\n\n- Ontvangst\n- Inleiding over de lokale sociale agenda\n- Gesprek in kleine groepen\n- Afsluiting",
				40 + i % 120, date.minusDays(1));
	}
}
