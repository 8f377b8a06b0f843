package nl.alliantie.signals;

/**
 * Published by the consultations module when a coordinator, preparing the agenda, puts a signal
 * that awaits the agenda ({@link Signals#awaitingAgenda(String)}) on the agenda of the coming
 * consultation {@code consultationId} of {@code regionKey}; the signal's agenda and trail follow.
 */
public record AgendaItemAdded(long consultationId, String regionKey, SignalId signal) {
}
