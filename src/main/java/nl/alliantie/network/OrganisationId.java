package nl.alliantie.network;

public record OrganisationId(long value) {
}
