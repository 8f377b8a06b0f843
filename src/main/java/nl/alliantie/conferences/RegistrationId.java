package nl.alliantie.conferences;

/** One person's registration for one day. */
public record RegistrationId(long value) {
}
