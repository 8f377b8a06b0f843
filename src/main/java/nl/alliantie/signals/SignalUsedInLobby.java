package nl.alliantie.signals;

import java.time.LocalDate;

/**
 * Published by the lobby module when a lobby item (council letter, faction proposal, position
 * paper) with id {@code lobbyId} takes a signal up; the signal's trail and status follow. The
 * event is a record like every other (house rule).
 */
public record SignalUsedInLobby(long lobbyId, SignalId signal, LocalDate on, String text) {
}
