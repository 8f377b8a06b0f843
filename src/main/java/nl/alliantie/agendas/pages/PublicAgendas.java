package nl.alliantie.agendas.pages;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.alliantie.agendas.agenda.AgendaStore;
import nl.alliantie.agendas.agenda.AgendaView;
import nl.alliantie.shared.db.DatabaseNotifications;

/**
 * A municipality's agenda of a year as the public pages show it (the page, its print, PDF and CSV),
 * with the years it has an agenda: six statements, kept per municipality and year until the agendas
 * or the signals they cite change (docs/adr/0037), so that the agendas of 342 municipalities over ten
 * years are read once per change, not on every request.
 */
@Component
class PublicAgendas {

	/** An agenda with the years of its municipality's agendas, newest first. */
	record Shown(AgendaView agenda, List<Integer> years) {
	}

	private record Key(String municipality, int year) {
	}

	private final nl.alliantie.shared.memory.UntilChanged<Key, Optional<Shown>> kept;

	PublicAgendas(AgendaStore store, DatabaseNotifications notifications,
			@Value("${alliantie.figures.keep:true}") boolean keep) {
		this.kept = new nl.alliantie.shared.memory.UntilChanged<>(notifications, Set.of("agendas_changed", "signals_changed"),
				1_000, keep, key -> store.find(key.municipality(), key.year())
					.map(agenda -> new Shown(agenda, List.copyOf(store.years(key.municipality())))));
	}

	/** The agenda of {@code municipality} (as the network names it) in {@code year}, if there is one. */
	Optional<Shown> find(String municipality, int year) {
		return kept.get(new Key(municipality, year));
	}
}
