package nl.alliantie.signals.handling;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.alliantie.signals.AgendaItemAdded;
import nl.alliantie.signals.AgendaItemDiscussed;
import nl.alliantie.signals.ConsultationCancelled;
import nl.alliantie.signals.ConsultationPlanned;
import nl.alliantie.signals.ConsultationRescheduled;
import nl.alliantie.signals.SignalUsedInLobby;

/**
 * Lets the consultations and lobby modules write a signal's agenda and trail through their events
 * (records of the signals API, so that they depend on signals and signals never on them). Each
 * runs after the publisher's commit in a transaction of its own; the event publication registry
 * keeps an event until its step is done and hands it on again after a failure or a restart
 * (docs/adr/0012), so every step here may run more than once and does its work only once.
 */
@Component
class AttachedModulesListener {

	private final AgendaLink link;

	private final KnownConsultations consultations;

	private final Clock clock;

	AttachedModulesListener(AgendaLink link, KnownConsultations consultations, Clock clock) {
		this.link = link;
		this.consultations = consultations;
		this.clock = clock;
	}

	/** The consultation becomes a choice for the agenda; when it is still to come, waiting signals go on it. */
	@ApplicationModuleListener
	void on(ConsultationPlanned planned) {
		consultations.planned(planned.consultationId(), planned.regionKey(), planned.on());
		if (!planned.on().isBefore(LocalDate.now(clock))) {
			link.attachWaiting(planned.regionKey(), planned.consultationId());
		}
	}

	@ApplicationModuleListener
	void on(ConsultationRescheduled rescheduled) {
		consultations.planned(rescheduled.consultationId(), rescheduled.regionKey(), rescheduled.on());
	}

	@ApplicationModuleListener
	void on(ConsultationCancelled cancelled) {
		consultations.cancelled(cancelled.consultationId());
		link.release(cancelled.consultationId());
	}

	@ApplicationModuleListener
	void on(AgendaItemAdded added) {
		link.putOnAgenda(added.signal().value(), added.consultationId(), added.regionKey(), LocalDate.now(clock));
	}

	@ApplicationModuleListener
	void on(AgendaItemDiscussed discussed) {
		link.discussed(discussed.signal().value(), discussed.consultationId(), discussed.on(), discussed.minutes());
	}

	@ApplicationModuleListener
	void on(SignalUsedInLobby used) {
		link.takenIntoLobby(used.signal().value(), used.lobbyId(), used.on(), used.text());
	}
}
