package nl.alliantie.network.places;

/**
 * A province now belongs to another region (published inside the transaction that moved it): the
 * organisations there follow, unless their region was set by hand. Heard synchronously inside the
 * network module, so that {@code places} needs nothing of {@code organisations}.
 */
public record ProvinceMoved(String province, String regionKey) {
}
