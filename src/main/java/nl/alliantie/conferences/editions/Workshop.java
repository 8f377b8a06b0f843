package nl.alliantie.conferences.editions;

/** A workshop (werkgroep) of an edition, offered on chosen days as sessions. */
public record Workshop(long id, int number, String title, String description, String facilitator) {
}
