/**
 * The Alliantiedagen: every autumn one edition with a theme, held on several days in different
 * towns with one program template (blocks with times, speakers per day), workshops offered on
 * chosen days, public registration without an account with a waiting list per day and per
 * workshop (a registration through the form holds its place until the mailed link is confirmed,
 * {@code registrations.Holds}), check-in on the day, an evaluation form per participant, and publications (reports,
 * presentations, photos) stored in PostgreSQL. Owns every {@code conferences_} table. Its API is
 * the ids, the query facade {@link nl.alliantie.conferences.Conferences}, the hook
 * {@link nl.alliantie.conferences.ProgramInputs} through which other modules (the consultations)
 * offer items for the program, and {@link nl.alliantie.conferences.Occasions}: registration, places,
 * mails, calendar file and published files for what another module holds (the one-off events;
 * docs/adr/0031), kept as day rows without an edition. Publishes
 * {@link nl.alliantie.conferences.PublicationPublished} for every report, presentation and photo (the
 * document library lists them) and {@link nl.alliantie.conferences.ProgramInputTaken}; listens to
 * {@code network.PersonErased} (registrants erased by address). Uses the root APIs of
 * accounts (access checks, link tokens), network (the organisations a registrant picks from,
 * {@code registrations.OrganisationChoice}) and mail (all of it in one class,
 * {@code mails.ConferenceMails}).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Conferences", allowedDependencies = { "accounts", "mail", "network", "shared" })
package nl.alliantie.conferences;
