package nl.alliantie.network;

/**
 * A recipient answered (or changed the answer to) a call to join.
 *
 * @param organisation the organisation the answer is for, {@code null} for a prospect without one
 * @param answer {@code JA}, {@code NEE} or {@code LATER}
 */
public record CallAnswered(long call, OrganisationId organisation, String answer) {
}
