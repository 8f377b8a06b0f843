package nl.alliantie.consultations.invitations;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.consultations.planning.Consultation;
import nl.alliantie.mail.MailKey;
import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.Outbox;
import nl.alliantie.shared.AlliantieProperties;

/**
 * Every mail about invitations goes into the outbox here, in the caller's transaction. Invitees
 * have no account and no known language: mails are Dutch. {@link MailMessage} carries no
 * attachments, so the calendar file travels as a link to the {@code .ics}.
 */
@Component("consultationInvitationMail")
class InvitationMail {

	static final Locale DUTCH = Locale.of("nl");

	private final Outbox outbox;

	private final MessageSource messages;

	private final AlliantieProperties properties;

	InvitationMail(Outbox outbox, MessageSource messages, AlliantieProperties properties) {
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
	}

	@Transactional
	public boolean invitation(long invitationId, String to, String name, Consultation c, List<String> agenda,
			String replyPath) {
		return outbox.queue(new MailKey("consultation-invitation", invitationId, to), new MailMessage(to,
				t("consultations.mail.invitation.subject", c.regionName(), c.when(DUTCH)),
				t("consultations.mail.invitation.text", name, c.regionName(), c.when(DUTCH), place(c),
						"- " + String.join("\n- ", agenda), properties.absoluteUrl(replyPath), properties.name())));
	}

	@Transactional
	public boolean confirmation(long invitationId, String fingerprint, String to, String name, Consultation c,
			boolean comes, String replyPath) {
		return outbox.queue(new MailKey("consultation-reply", invitationId + "-" + fingerprint, to), new MailMessage(to,
				t("consultations.mail.confirmation.subject", c.regionName()),
				t(comes ? "consultations.mail.confirmation.yes" : "consultations.mail.confirmation.no", name,
						c.regionName(), c.when(DUTCH), place(c), properties.absoluteUrl(replyPath),
						properties.absoluteUrl("/regio-overleggen/" + c.id() + ".ics"), properties.name())));
	}

	@Transactional
	public boolean reminder(long invitationId, String to, String name, Consultation c, boolean comes,
			String replyPath) {
		return outbox.queue(new MailKey("consultation-reminder", invitationId, to), new MailMessage(to,
				t("consultations.mail.reminder.subject", c.regionName(), c.when(DUTCH)),
				t(comes ? "consultations.mail.reminder.comes" : "consultations.mail.reminder.noReply", name,
						c.regionName(), c.when(DUTCH), place(c), properties.absoluteUrl(replyPath),
						properties.absoluteUrl("/regio-overleggen/" + c.id() + ".ics"), properties.name())));
	}

	private String place(Consultation c) {
		String place = c.place();
		if (c.onlineLink() != null) {
			place = place + "\n" + t("consultations.mail.online", c.onlineLink());
		}
		if (c.route() != null && !c.route().isBlank()) {
			place = place + "\n" + c.route();
		}
		return place;
	}

	private String t(String key, Object... args) {
		return messages.getMessage(key, args, DUTCH);
	}
}
