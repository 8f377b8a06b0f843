package nl.alliantie.signals;

import java.time.LocalDate;

/** A signal was discussed in a consultation ({@code consultationId} {@code null} when entered by hand). */
public record SignalDiscussed(SignalId signal, Long consultationId, LocalDate on) {
}
