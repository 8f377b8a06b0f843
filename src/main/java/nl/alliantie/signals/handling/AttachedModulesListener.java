package nl.alliantie.signals.handling;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import nl.alliantie.signals.AgendaItemAdded;
import nl.alliantie.signals.AgendaItemDiscussed;
import nl.alliantie.signals.ConsultationCancelled;
import nl.alliantie.signals.ConsultationPlanned;
import nl.alliantie.signals.ConsultationRescheduled;
import nl.alliantie.signals.SignalUsedInLobby;

/**
 * Lets the consultations and lobby modules write a signal's agenda and trail through their events
 * (records of the signals API, so that they depend on signals and signals never on them),
 * after their transaction committed, in a transaction of its own: what Modulith's
 * {@code @ApplicationModuleListener} does (its events-api jar is not on the class path yet).
 */
@Component
class AttachedModulesListener {

	private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

	private final AgendaLink link;

	private final KnownConsultations consultations;

	AttachedModulesListener(AgendaLink link, KnownConsultations consultations) {
		this.link = link;
		this.consultations = consultations;
	}

	/** The consultation becomes a choice for the agenda; when it is still to come, waiting signals go on it. */
	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ConsultationPlanned planned) {
		consultations.planned(planned.consultationId(), planned.regionKey(), planned.on());
		if (!planned.on().isBefore(today())) {
			link.attachWaiting(planned.regionKey(), planned.consultationId());
		}
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ConsultationRescheduled rescheduled) {
		consultations.planned(rescheduled.consultationId(), rescheduled.regionKey(), rescheduled.on());
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(ConsultationCancelled cancelled) {
		consultations.cancelled(cancelled.consultationId());
		link.release(cancelled.consultationId());
	}

	@TransactionalEventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(AgendaItemAdded added) {
		link.putOnAgenda(added.signal().value(), added.consultationId(), added.regionKey(), today());
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

	private LocalDate today() {
		return LocalDate.now(DUTCH_TIME);
	}
}
