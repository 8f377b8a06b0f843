package nl.alliantie.conferences;

/** The places of something another module holds and lets people register for (docs/adr/0031). */
public record OccasionId(long value) {
}
