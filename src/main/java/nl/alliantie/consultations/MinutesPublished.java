package nl.alliantie.consultations;

/** The minutes of a consultation were published and mailed to its participants. */
public record MinutesPublished(ConsultationId consultation, String regionKey) {
}
