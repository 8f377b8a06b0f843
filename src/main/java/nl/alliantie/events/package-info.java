/**
 * One-off events of the alliance besides the yearly cycle (sources 003 and 004: a national
 * symposium, regional working meetings to start local agendas, round-table sessions): the
 * secretariat announces one with kind, date and times, place, a program in Markdown, capacity and a
 * registration deadline, changes and cancels it; the public list and page ({@code /bijeenkomsten}),
 * the event in the site's calendar ({@code CalendarEntry.Kind.EVENT}). People register without an
 * account through the conferences module's registration ({@link nl.alliantie.conferences.Occasions},
 * docs/adr/0031): places, waiting list, holds, mails, calendar file, personal page, erasure and
 * retention are that module's; this module keeps no personal data. Once held, the secretariat adds
 * the report, presentations and photos, published through the same API (the document library lists
 * them from {@code conferences.PublicationPublished}). Owns every {@code events_} table. Its API is
 * {@link nl.alliantie.events.Events} (a page of events by id, for the open data API). Publishes and
 * hears no events. Uses the root APIs of accounts (access checks), conferences (registration, files)
 * and network (the regions).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Events", allowedDependencies = { "accounts", "conferences", "network", "shared" })
package nl.alliantie.events;
