package nl.alliantie.signals;

import java.time.LocalDate;

/**
 * Published by the consultations module when the minutes of consultation {@code consultationId}
 * record what was said about a signal on its agenda; the signal's trail and status follow.
 */
public record AgendaItemDiscussed(long consultationId, SignalId signal, LocalDate on, String minutes) {
}
