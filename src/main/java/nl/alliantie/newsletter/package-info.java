/**
 * The newsletter. Owns its subscribers: subscribing without an account with double opt-in (a
 * confirmation link by mail; unconfirmed addresses removed after seven days), the consent record
 * (when, the text agreed to, where it came from, and withdrawal), the one-click unsubscribe of
 * RFC 8058 (the link's token is the proof, no login, no cookie; {@code docs/adr/0014}) and the
 * subscriber's own page (change the address, leave, download, erase). Sends its mails through
 * {@link nl.alliantie.mail.Outbox}. Publishes no events; listens to
 * {@link nl.alliantie.network.PersonErased} (the subscription of an erased person is erased).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsletter")
package nl.alliantie.newsletter;
