/**
 * Outgoing mail, sent exactly once and crash-safe. Owns the outbox ({@code mail_outbox}): every
 * module queues its mails with {@link nl.alliantie.mail.Outbox#queue} inside its own transaction,
 * under a {@link nl.alliantie.mail.MailKey} that makes a repeated action queue nothing new. A
 * sender in every app instance claims due mails with {@code for update skip locked}, delivers them
 * over one reused SMTP connection at {@code alliantie.mail.rate-per-minute}, retries temporary
 * failures with growing waits and records permanent ones; the secretariat sees the outbox at
 * {@code /beheer/postvak/uitgaand}. Without {@code SPRING_MAIL_HOST}, an in-process SMTP server
 * catches every mail and the secretariat reads them in the postvak at {@code /beheer/postvak}, so
 * that invitations work on a fresh installation without setup. The API is
 * {@link nl.alliantie.mail.Outbox}, {@link nl.alliantie.mail.MailKey} and
 * {@link nl.alliantie.mail.MailMessage} (plain text, optionally HTML and headers of its own), and
 * for one mail to many recipients (a newsletter issue) {@link nl.alliantie.mail.MailTemplate}:
 * stored once in {@code mail_template}, one small row per recipient written set-based by
 * {@link nl.alliantie.mail.Outbox#queueAll}, filled in when sent, with progress, pause and resume.
 * With {@code alliantie.mail.bounce-address} every mail's envelope sender names the mail (VERP);
 * with {@code alliantie.bounce.imap.*} the bounce mailbox is read over IMAP (without it, the
 * catcher's mails; {@code mail.bounces.BounceReader}, {@code docs/adr/0022}) and publishes
 * {@link nl.alliantie.mail.MailBounced} for each delivery report (RFC 3464) about a mail of the
 * outbox and {@link nl.alliantie.mail.UnsubscribeMailed} for each use of a {@code List-Unsubscribe}
 * mailto ({@link nl.alliantie.mail.Outbox#unsubscribeAddress()}). Listens to no events.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Mail", allowedDependencies = { "shared" })
package nl.alliantie.mail;
