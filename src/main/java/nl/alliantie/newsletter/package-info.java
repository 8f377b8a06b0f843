/**
 * The newsletter: 6 to 8 issues a year, each around a theme. Owns the year plan of issues (number,
 * theme, copy deadline, planned date; the correspondents are reminded through the outbox a week
 * before a copy deadline), articles in Markdown (shown only through
 * {@link nl.alliantie.shared.text.Markdown}) with their versions and who made them (a
 * correspondent writes for their province and sees only their own pieces; an editor edits, accepts
 * or sends back with a comment, and places accepted pieces in an issue), composing (order,
 * introduction, previews as web page and as mail wide and at 360 px, a test to the editors), the
 * subscribers with double opt-in (unconfirmed addresses removed after seven days) and their consent
 * records, one-click unsubscribe (RFC 8058; {@code docs/adr/0014}), the subscriber's own page
 * (change address, leave, download, erase), sending an issue to every confirmed subscriber through
 * {@link nl.alliantie.mail.Outbox#queueAll} (one template, one small row per recipient, a second
 * start queues nobody twice) with a progress bar, pause and resume, and the public archive with
 * Dutch full-text search and an Atom feed. The API is {@link nl.alliantie.newsletter.Newsletter}
 * (the latest issue, for the home page). Publishes {@link nl.alliantie.newsletter.IssueSent} when an
 * issue is sent (the document library lists it); listens to
 * {@link nl.alliantie.network.PersonErased}: the subscription of an erased person is erased, the
 * pieces they wrote stay without their name; to {@link nl.alliantie.mail.MailBounced}: a hard
 * bounce of an issue suspends the address at once, soft bounces of several issues do too, each
 * report kept once with its reason for the editors ({@code docs/adr/0022}); and to
 * {@link nl.alliantie.mail.UnsubscribeMailed}: the {@code mailto:} of an issue's
 * {@code List-Unsubscribe} ends the subscription like its link. An article has at most one photo,
 * written anew by {@link nl.alliantie.shared.images.Images} and served by a random key.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Newsletter", allowedDependencies = { "accounts", "mail", "network", "shared" })
package nl.alliantie.newsletter;
