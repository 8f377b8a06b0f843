package nl.alliantie.conferences;

/** One day of an edition of the Alliantiedagen. */
public record DayId(long value) {
}
