package nl.alliantie.signals;

/**
 * Published by the consultations module when a consultation is called off: the signals on its
 * agenda that were not discussed go back to waiting, for the region's next coming consultation.
 */
public record ConsultationCancelled(long consultationId) {
}
