package nl.alliantie.lobby;

/** A council letter campaign (one per year). */
public record CampaignId(long value) {
}
