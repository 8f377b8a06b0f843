/**
 * The regional consultations (regio-overleggen): each region meets twice a year at a date, time and
 * place with an agenda that starts with the five standing tasks; every organisation of the region
 * that is aangesloten or op afstand, plus chosen people, is invited by mail with a personal reply
 * link (no account), gets a reminder a week before and, when it comes, the calendar file attached
 * (also to the confirmation of a "ja"). When the date, time or place changes after the invitations
 * went out, or the consultation is cancelled, everyone invited who did not say no (and the people
 * named in a "ja") is mailed in the same transaction, with the new calendar file or one that
 * cancels it (same UID, higher SEQUENCE). After the meeting the coordinator records attendance,
 * minutes, decisions and action points and publishes a public summary. Offers {@link nl.alliantie.consultations.Consultations} (read facade,
 * items for the Alliantiedagen, agenda items from other modules) with
 * {@link nl.alliantie.consultations.ConsultationId}; publishes
 * {@link nl.alliantie.consultations.MinutesPublished} (for the work program and the document
 * library); listens to nothing. Reads the network only
 * through {@link nl.alliantie.network.Network}. Signals from practice are agenda items too: read
 * through {@link nl.alliantie.signals.Signals} and changed only by publishing the signals API's
 * events (a consultation planned, moved or called off; a waiting signal put on the agenda; what
 * the minutes record of it), so that this module depends on signals and signals never on it.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Consultations", allowedDependencies = { "accounts", "conferences", "mail", "network", "shared", "signals" })
package nl.alliantie.consultations;
