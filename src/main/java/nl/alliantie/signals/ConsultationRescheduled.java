package nl.alliantie.signals;

import java.time.LocalDate;

/**
 * Published by the consultations module when a planned consultation changes date or place; the
 * signals module keeps the new date to name the meeting on agendas and trails.
 */
public record ConsultationRescheduled(long consultationId, LocalDate on) {
}
