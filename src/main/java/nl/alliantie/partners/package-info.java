/**
 * The alliance's partners and funders: name, link, a few words and a logo (checked by content and
 * written anew by {@code shared.images}), in the secretariat's order, on the public page
 * {@code /partners}; beside them, per edition of the Alliantiedagen, who helped and who paid for it,
 * read through {@link nl.alliantie.conferences.Conferences} (the conferences module keeps those).
 * Publishes and hears no events; holds no personal data.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Partners", allowedDependencies = { "accounts", "conferences", "shared" })
package nl.alliantie.partners;
