package nl.alliantie.consultations;

/** Identifies a regional consultation. */
public record ConsultationId(long value) {
}
