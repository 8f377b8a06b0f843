package nl.alliantie.lobby.trail;

import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Predicate;

import org.springframework.context.ApplicationEventPublisher;

import nl.alliantie.signals.SignalId;
import nl.alliantie.signals.SignalUsedInLobby;

/**
 * The one way a lobby item (a proposal, a point of a position paper, a local part) tells the signals
 * it cites: {@code SignalUsedInLobby} once per signal newly cited, none for one it cited before.
 */
public final class CitedSignals {

	private CitedSignals() {
	}

	/** Publishes for each signal in {@code now} that is not in {@code before} and passes {@code citable}. */
	public static void announceNew(ApplicationEventPublisher events, long item, Collection<Long> before,
			Collection<Long> now, LocalDate on, String description, Predicate<Long> citable) {
		for (Long signal : now) {
			if (!before.contains(signal) && citable.test(signal)) {
				events.publishEvent(new SignalUsedInLobby(item, new SignalId(signal), on, description));
			}
		}
	}

	/** As above, for items that may cite every signal they were given. */
	public static void announceNew(ApplicationEventPublisher events, long item, Collection<Long> before,
			Collection<Long> now, LocalDate on, String description) {
		announceNew(events, item, before, now, on, description, signal -> true);
	}
}
