package nl.alliantie.newsletter;

import java.time.LocalDate;

/**
 * An issue was sent to the subscribers and is in the public archive at {@code path}; published
 * in the transaction that marked it sent. Heard by {@code documents}, which lists it in the library.
 */
public record IssueSent(long issue, int number, int year, String theme, LocalDate sentOn, String path) {
}
