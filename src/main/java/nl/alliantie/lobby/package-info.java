/**
 * The lobby: the yearly council letter (raadsbrief) campaign with its numbered national proposals,
 * the local parts that local groups co-draft through a personal link (every version kept, reviewed
 * and approved by the secretariat), one letter per municipality (national text, approved local
 * part, local facts) previewed in the browser and sent as a PDF to the council's clerk through the
 * mail outbox, and each council's response. Reads the network (municipalities, griffie addresses)
 * and the signals through their APIs; publishes {@link nl.alliantie.signals.SignalUsedInLobby} when
 * a letter or proposal cites a signal; hears {@link nl.alliantie.network.PersonErased} and
 * anonymises the helpers it knows as that person. The API is {@link nl.alliantie.lobby.Lobby}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lobby")
package nl.alliantie.lobby;
