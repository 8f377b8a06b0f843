/**
 * The register of the alliance: regions, provinces and municipalities; member organisations with
 * their type, place and status; the people who speak for them (at most two representatives per
 * organisation) and their other roles; the call to join (oproep tot meedoen) answered through a
 * personal link; CSV import and export; and each person's own data (inspection, download, erasure)
 * with an audit trail of every change to personal data. The API is {@link nl.alliantie.network.Network}
 * (read facade) with the ids {@link nl.alliantie.network.OrganisationId} and
 * {@link nl.alliantie.network.PersonId}. Publishes {@link nl.alliantie.network.PersonErased}, which every module that holds personal
 * data hears; the person's own data also lists what other modules keep of them, from their
 * {@link nl.alliantie.network.KeptElsewhere} beans. Keeps the language each person reads mail in,
 * which every module that mails them reads through {@code Network.languagesOf} (and the accounts
 * module through the {@code accounts.MailLanguage} this module implements). Listens to nothing.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Network", allowedDependencies = { "accounts", "mail", "shared" })
package nl.alliantie.network;
