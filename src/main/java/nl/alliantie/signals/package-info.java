/**
 * Signals from practice: what organisations and people see (a municipality cutting special
 * assistance, more requests at the food bank, forced unpaid work). Owns the themes, the signals
 * with their reporter (never public), moderation (anonymise, merge duplicates, publish or not), the
 * agenda mark for a coming consultation of the signal's region, the trail of what came of each
 * signal (discussed in a consultation, taken into the lobby, outcome), the public overview with
 * search, charts, CSV and Atom, and the reporter's private follow link. The API is
 * {@link nl.alliantie.signals.Signals} (read facade) with {@link nl.alliantie.signals.SignalId}.
 * Publishes no events of its own;
 * listens (with {@code @ApplicationModuleListener}, through the event publication registry) to {@link nl.alliantie.signals.ConsultationPlanned},
 * {@link nl.alliantie.signals.ConsultationRescheduled}, {@link nl.alliantie.signals.ConsultationCancelled},
 * {@link nl.alliantie.signals.AgendaItemAdded}, {@link nl.alliantie.signals.AgendaItemDiscussed} and
 * {@link nl.alliantie.signals.SignalUsedInLobby}, records in this API that the consultations and
 * lobby modules publish (they depend on signals, signals never on them; they read
 * {@link nl.alliantie.signals.Signals}). Keeps what it needs of the consultations it hears of
 * ({@code signals_consultation}) to offer a region's coming ones as agenda choice and to name
 * and link them on a trail.
 * Reads the network through its facade and adds a section to its municipality page; sends mail
 * through one class, {@code reporting.SignalMail}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Signals", allowedDependencies = { "accounts", "mail", "network", "shared" })
package nl.alliantie.signals;
