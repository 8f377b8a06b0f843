package nl.alliantie.signals;

import java.time.LocalDate;

/**
 * Published by the consultations module (which depends on this API, never the other way round)
 * when it plans a consultation of {@code regionKey}: the signals waiting for the region's coming
 * consultation are tied to it and then show in {@link Signals#onAgendaOf(long)}.
 */
public record ConsultationPlanned(long consultationId, String regionKey, LocalDate on) {
}
