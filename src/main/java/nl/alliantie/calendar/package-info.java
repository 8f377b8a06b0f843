/**
 * The one public calendar: everything public that happens, as each module contributes it through a
 * {@link nl.alliantie.shared.calendar.CalendarSource} (regional consultations, Alliantiedagen days
 * and one-off events, consultations with the state secretary once public, the council letter's
 * send date, the newsletter's dates) — a list and a month view at {@code /agenda}, both filtered by
 * region, and one iCal feed of all and one per region. Keeps for each entry it has published what it
 * looked like, so a feed raises SEQUENCE when an entry changes and marks one that disappeared as
 * cancelled (docs/adr/0029). Reads the regions through {@link nl.alliantie.network.Network}.
 * Publishes and hears no events. The API is {@link nl.alliantie.calendar.PublicCalendar}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = { "network", "shared" })
package nl.alliantie.calendar;
