package nl.alliantie.conferences;

/** Someone registered for a day; {@code waiting} when the day was full and they are on its waiting list. */
public record RegistrationConfirmed(RegistrationId registration, DayId day, boolean waiting) {
}
