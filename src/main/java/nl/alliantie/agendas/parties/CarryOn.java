package nl.alliantie.agendas.parties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.agendas.agenda.AgendaStore;

/** Carries a closed agenda on and, in the same transaction, asks the owners of reached steps for a follow-up. */
@Service
public class CarryOn {

	private final AgendaStore store;

	private final PartyLinks links;

	CarryOn(AgendaStore store, PartyLinks links) {
		this.store = store;
		this.links = links;
	}

	@Transactional
	public AgendaStore.CarriedOn run(long agendaId) {
		AgendaStore.CarriedOn made = store.carryOn(agendaId);
		links.askFollowUps(made.asked());
		return made;
	}
}
