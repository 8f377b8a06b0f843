package nl.alliantie.conferences;

/** A participant filled in the evaluation form of their day. */
public record EvaluationSubmitted(RegistrationId registration, DayId day) {
}
