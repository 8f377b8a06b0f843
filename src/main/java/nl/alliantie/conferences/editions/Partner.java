package nl.alliantie.conferences.editions;

/** A partner (help with the organisation) or funder (money) of an edition. */
public record Partner(long id, String name, String kind, String contribution, Long logoFileId) {
}
