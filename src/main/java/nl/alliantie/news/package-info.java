/**
 * News and the site's own pages: news items by the secretariat (Markdown through
 * {@link nl.alliantie.shared.text.Markdown}, one picture checked and re-encoded by
 * {@code shared.images}), drafts, publishing and withdrawing, the public list, each item and an
 * Atom feed; and the few pages it edits (about us, how to join, contact, privacy statement), every
 * saved text kept as a version that can be put back, each linked under "Over ons" and, as chosen,
 * in the main menu or the footer (through {@link nl.alliantie.shared.web.SiteLinks}); a page never
 * saved follows the text the application ships in {@code news/pages/<slug>.md}. The API is {@link nl.alliantie.news.News} (the latest
 * headlines, for the home page). Publishes and listens to no events; holds no personal data.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "News", allowedDependencies = { "accounts", "shared" })
package nl.alliantie.news;
