package nl.alliantie.consultations.planning;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.signals.AgendaItemAdded;
import nl.alliantie.signals.AgendaItemDiscussed;
import nl.alliantie.signals.SignalId;
import nl.alliantie.signals.Signals;

/**
 * Signals from practice as agenda items of a consultation. The signals module owns them: this
 * class reads them through its facade {@link Signals} and changes them only by publishing the
 * events of its API ({@link AgendaItemAdded}, {@link AgendaItemDiscussed}), which the signals
 * module turns into the signal's agenda, status and trail once our transaction committed. The
 * controllers check the coordinator's region before they call it.
 */
@Service
public class AgendaSignals {

	/** The most that can be recorded about one signal in the minutes. */
	public static final int MAX_OUTCOME = 5000;

	private final Signals signals;

	private final ConsultationStore consultations;

	private final ApplicationEventPublisher events;

	AgendaSignals(Signals signals, ConsultationStore consultations, ApplicationEventPublisher events) {
		this.signals = signals;
		this.consultations = consultations;
		this.events = events;
	}

	/** The signals on the agenda of this consultation and those discussed there, in one query. */
	public List<Signals.ConsultationItem> on(Consultation consultation) {
		return signals.agendaOf(consultation.id());
	}

	/**
	 * The signals of the consultation's region that await the agenda and are not on this one yet;
	 * empty when the agenda can no longer change.
	 */
	public List<Signals.AgendaItem> waiting(Consultation consultation) {
		if (!open(consultation)) {
			return List.of();
		}
		return signals.awaitingAgenda(consultation.regionKey())
			.stream()
			.filter(item -> item.consultationId() == null || item.consultationId() != consultation.id())
			.toList();
	}

	/** Whether signals can still go on the agenda: the meeting is planned and has not started. */
	public boolean open(Consultation consultation) {
		return !consultation.started(consultations.clock())
				&& consultation.status().open();
	}

	/**
	 * Puts a signal that awaits the agenda of the consultation's region on this consultation's
	 * agenda. Returns false (and changes nothing) when the agenda is closed or the signal does not
	 * await it.
	 */
	@Transactional
	public boolean add(Consultation consultation, long signalId) {
		boolean waiting = waiting(consultation).stream().anyMatch(item -> item.id().value() == signalId);
		if (!waiting) {
			return false;
		}
		events.publishEvent(new AgendaItemAdded(consultation.id(), consultation.regionKey(), new SignalId(signalId)));
		return true;
	}

	/**
	 * Records what came of a signal on the agenda of a consultation that was held: the signal
	 * moves to "besproken in regio-overleg" with this outcome on its trail. Returns false (and
	 * changes nothing) when the signal is not on this agenda, no longer in progress or already
	 * recorded here.
	 */
	@Transactional
	public boolean discussed(Consultation consultation, long signalId, String outcome) {
		boolean recordable = on(consultation).stream()
			.anyMatch(item -> item.id().value() == signalId && item.open() && !item.discussed());
		if (!recordable || outcome == null || outcome.isBlank() || outcome.strip().length() > MAX_OUTCOME) {
			return false;
		}
		events.publishEvent(new AgendaItemDiscussed(consultation.id(), new SignalId(signalId),
				consultation.start().toLocalDate(), outcome.strip()));
		return true;
	}
}
