/**
 * The lobby: the yearly council letter (raadsbrief) campaign with its numbered national proposals,
 * the local parts that local groups co-draft through a personal link (every version kept, reviewed
 * and approved by the secretariat), one letter per municipality (national text, approved local
 * part, local facts) previewed in the browser and sent as a PDF to the council's clerk through the
 * mail outbox, and each council's response; the proposals to parliament (a set per year, the
 * factions, visits per faction, what became of each proposal with a link to the official document);
 * the consultations with the state secretary (participants, the position paper whose points cite
 * signals and council responses, as a page and a PDF, the report, and the commitments tracked as
 * open, kept or not kept to the next consultation).
 * Reads the network (municipalities, griffie addresses), the signals and the local social agendas
 * (steps a local part cites) through their APIs; publishes
 * {@link nl.alliantie.signals.SignalUsedInLobby} when a letter, a proposal or a point of a position paper cites a signal,
 * {@link nl.alliantie.lobby.PositionPaperPublished} / {@link nl.alliantie.lobby.PositionPaperWithdrawn} when a
 * consultation with the state secretary is saved public or not (the document library lists it); hears {@link nl.alliantie.network.PersonErased} and
 * anonymises the helpers it knows as that person. The API is {@link nl.alliantie.lobby.Lobby}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Lobby", allowedDependencies = { "accounts", "agendas", "mail", "network", "shared", "signals" })
package nl.alliantie.lobby;
