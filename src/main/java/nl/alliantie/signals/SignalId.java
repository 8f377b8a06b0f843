package nl.alliantie.signals;

public record SignalId(long value) {
}
