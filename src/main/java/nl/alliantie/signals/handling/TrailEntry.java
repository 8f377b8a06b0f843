package nl.alliantie.signals.handling;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A step recorded on a signal, kept in {@code signals_trail}. */
public record TrailEntry(LocalDate on, String kind, String text, @Nullable Long consultationId, @Nullable Long lobbyId, boolean shown) {
}
