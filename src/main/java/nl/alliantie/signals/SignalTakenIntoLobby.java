package nl.alliantie.signals;

/** A signal was taken into the lobby ({@code lobbyId} {@code null} until a lobby module exists). */
public record SignalTakenIntoLobby(SignalId signal, Long lobbyId) {
}
