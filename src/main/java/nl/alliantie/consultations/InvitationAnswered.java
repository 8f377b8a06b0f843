package nl.alliantie.consultations;

/** An invited organisation or person answered (first time or changed); {@code organisationId} may be null. */
public record InvitationAnswered(ConsultationId consultation, long invitationId, Long organisationId, String answer) {
}
