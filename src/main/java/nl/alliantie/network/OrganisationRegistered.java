package nl.alliantie.network;

/** A new organisation was added to the register, by hand, by import or by a reply to a call. */
public record OrganisationRegistered(OrganisationId organisation, String name, String municipality, String region) {
}
