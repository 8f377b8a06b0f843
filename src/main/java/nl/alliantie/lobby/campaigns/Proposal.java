package nl.alliantie.lobby.campaigns;

import java.util.List;

/** A numbered national proposal of a campaign; its id is a lobby item id (the signals' trail points at it). */
public record Proposal(long id, long campaignId, int number, String title, String explanation, List<Long> signalIds) {
}
