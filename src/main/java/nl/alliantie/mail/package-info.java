/**
 * Outgoing mail. {@link nl.alliantie.mail.Mailer} sends over SMTP to the server configured with
 * {@code SPRING_MAIL_HOST}; without one, an in-process SMTP server catches every mail and the
 * secretariat reads them in the postvak at {@code /beheer/postvak}, so that invitations work on a
 * fresh installation without setup. Publishes and listens to no events yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package nl.alliantie.mail;
