package nl.alliantie.conferences;

/**
 * A place freed up and the first person waiting got it: a place on the day ({@code workshop}
 * false) or in a workshop ({@code workshop} true).
 */
public record RegistrationPromoted(RegistrationId registration, DayId day, boolean workshop) {
}
