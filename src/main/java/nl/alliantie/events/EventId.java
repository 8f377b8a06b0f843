package nl.alliantie.events;

/** One one-off event (bijeenkomst). */
public record EventId(long value) {
}
