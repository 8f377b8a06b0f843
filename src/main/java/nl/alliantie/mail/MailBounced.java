package nl.alliantie.mail;

import org.jspecify.annotations.Nullable;

/**
 * A mail of the outbox came back: a delivery report (RFC 3464) in the bounce mailbox named it by
 * its return path ({@code bounces+m<id>@…}) or its Message-ID. Published once per report; a
 * listener must still be safe to hear the same report twice (a crash between the event and
 * removing the report from the mailbox): {@code reportId} is the report's own Message-ID.
 *
 * @param purpose the purpose of the mail's {@link MailKey}
 * @param objectId the object of the mail's key (a newsletter issue, an invitation)
 * @param recipient the address the mail was for
 * @param hard a permanent failure (status 5.x.x: the address does not exist); otherwise
 * temporary (4.x.x: a full mailbox, a server that refused for now)
 * @param reason what the reporting server said, for the people who read it
 * @param reportId the Message-ID of the delivery report
 */
public record MailBounced(String purpose, String objectId, String recipient, boolean hard, @Nullable String reason,
		String reportId) {
}
