package nl.alliantie.signals;

/** A signal came in; {@code regionKey} is {@code null} when no region is known. */
public record SignalReported(SignalId signal, String regionKey) {
}
