package nl.alliantie.network;

/** The personal fields of a person were anonymised on request; the counts stay. */
public record PersonErased(PersonId person) {
}
