package nl.alliantie.signals;

import java.time.LocalDate;

/**
 * Published by the consultations module when a planned consultation of {@code regionKey} changes
 * date or place; the signals module keeps the new date to name the meeting on agendas and trails
 * (and learns of a consultation it did not know yet).
 */
public record ConsultationRescheduled(long consultationId, String regionKey, LocalDate on) {
}
