package nl.alliantie.conferences.editions;

/** Someone who speaks in a block of one day. */
public record Speaker(long id, long dayBlockId, String name, String organisation, String title, String bio) {
}
