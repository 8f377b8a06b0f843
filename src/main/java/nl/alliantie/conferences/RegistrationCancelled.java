package nl.alliantie.conferences;

/** Someone cancelled their registration through their personal link. */
public record RegistrationCancelled(RegistrationId registration, DayId day) {
}
