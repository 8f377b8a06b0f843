package nl.alliantie.signals.handling;

import java.time.LocalDate;

/** A step recorded on a signal, kept in {@code signals_trail}. */
public record TrailEntry(LocalDate on, String kind, String text, Long consultationId, Long lobbyId, boolean shown) {
}
