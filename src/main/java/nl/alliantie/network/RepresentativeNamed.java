package nl.alliantie.network;

/** A person became one of the (at most two) representatives of an organisation. */
public record RepresentativeNamed(OrganisationId organisation, PersonId person) {
}
