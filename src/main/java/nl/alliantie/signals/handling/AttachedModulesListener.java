package nl.alliantie.signals.handling;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.alliantie.signals.AgendaItemDiscussed;
import nl.alliantie.signals.ConsultationPlanned;
import nl.alliantie.signals.SignalUsedInLobby;

/**
 * Lets the consultations and lobby modules write a signal's agenda and trail through their events,
 * after their transaction committed, in a transaction of its own: what Modulith's
 * {@code @ApplicationModuleListener} does (its events-api jar is not on the class path yet).
 */
@Component
class AttachedModulesListener {

	private final AgendaLink link;

	AttachedModulesListener(AgendaLink link) {
		this.link = link;
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ConsultationPlanned planned) {
		link.attachWaiting(planned.regionKey(), planned.consultationId());
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(AgendaItemDiscussed discussed) {
		link.discussed(discussed.signal().value(), discussed.consultationId(), discussed.on(), discussed.minutes());
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(SignalUsedInLobby used) {
		link.takenIntoLobby(used.signal().value(), used.lobbyId(), used.on(), used.text());
	}
}
