package nl.alliantie.mail;

import org.jspecify.annotations.Nullable;

/**
 * Someone used the {@code mailto:} of a mail's {@code List-Unsubscribe} header: a mail reached the
 * bounce mailbox with the subject {@code afmelden <token>} (see {@link Outbox#unsubscribeAddress()}).
 * The token is the proof, as in the link of the same header; the module that made the token
 * knows what it ends. Safe to hear twice.
 *
 * @param token the token from the subject
 * @param reportId the Message-ID of the mail that asked
 */
public record UnsubscribeMailed(@Nullable String token, String reportId) {
}
