/**
 * Local social agendas (lokale sociale agenda's): one agenda per municipality per year, pulled by a
 * kartrekker organisation of the network, with its parties (network organisations and others: the
 * municipality, a housing corporation, a business, a minima group), the shared ambition, what each
 * party already does, what is needed (citing published signals, read through
 * {@link nl.alliantie.signals.Signals}), small steps each owned by one party, the secretariat's
 * advice, the year-end verdicts and the carry-on into next year. Parties edit their own steps
 * without an account through a personal link ({@link nl.alliantie.accounts.LinkTokens}); in
 * December those with an open step get a reminder, once. Adds this year's agenda to the network's
 * municipality page. Keeps the library of good practices ({@code /praktijken}), written by the
 * secretariat or started from a reached step, and the toolkit for starting an agenda
 * ({@code /toolkit}: the step plan and files). The API is {@link nl.alliantie.agendas.Agendas}
 * (read facade for the lobby) with {@link nl.alliantie.agendas.AgendaId} and
 * {@link nl.alliantie.agendas.StepId}. Publishes
 * nothing; listens to {@link nl.alliantie.network.PersonErased} and forgets the contact names and
 * addresses it copied of that person (by id and by address), and lists them in the person's own data
 * through {@link nl.alliantie.network.KeptElsewhere}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Local social agendas", allowedDependencies = { "accounts", "mail", "network", "shared", "signals" })
package nl.alliantie.agendas;
