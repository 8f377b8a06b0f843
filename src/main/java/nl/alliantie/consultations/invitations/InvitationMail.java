package nl.alliantie.consultations.invitations;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.consultations.calendar.CalendarFiles;
import nl.alliantie.consultations.planning.Consultation;
import nl.alliantie.mail.MailAttachment;
import nl.alliantie.mail.MailKey;
import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.Outbox;
import nl.alliantie.shared.AlliantieProperties;

/**
 * Every mail about invitations goes into the outbox here, in the caller's transaction. Invitees
 * have no account and no known language: mails are Dutch. Whoever comes gets the calendar file
 * attached (and linked, for mail programs that hide attachments): with the confirmation, the
 * reminder and every change; a cancellation carries it with {@code METHOD:CANCEL}, so calendars
 * remove the meeting.
 */
@Component("consultationInvitationMail")
class InvitationMail {

	static final Locale DUTCH = Locale.of("nl");

	private final Outbox outbox;

	private final MessageSource messages;

	private final AlliantieProperties properties;

	private final CalendarFiles calendars;

	InvitationMail(Outbox outbox, MessageSource messages, AlliantieProperties properties, CalendarFiles calendars) {
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
		this.calendars = calendars;
	}

	/** The calendar file of {@code c} as it is now; a cancelled one cancels. */
	MailAttachment calendarFile(Consultation c) {
		return MailAttachment.calendar("regio-overleg-" + c.id() + ".ics", calendars.single(c));
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
		MailMessage message = new MailMessage(to, t("consultations.mail.confirmation.subject", c.regionName()),
				t(comes ? "consultations.mail.confirmation.yes" : "consultations.mail.confirmation.no", name,
						c.regionName(), c.when(DUTCH), place(c), properties.absoluteUrl(replyPath), icsUrl(c),
						properties.name()));
		return outbox.queue(new MailKey("consultation-reply", invitationId + "-" + fingerprint, to),
				comes ? message.with(calendarFile(c)) : message);
	}

	/** The reminder a week before; {@code file} goes along when they come. */
	@Transactional
	public boolean reminder(long invitationId, String to, String name, Consultation c, boolean comes,
			String replyPath, MailAttachment file) {
		MailMessage message = new MailMessage(to, t("consultations.mail.reminder.subject", c.regionName(), c.when(DUTCH)),
				t(comes ? "consultations.mail.reminder.comes" : "consultations.mail.reminder.noReply", name,
						c.regionName(), c.when(DUTCH), place(c), properties.absoluteUrl(replyPath), icsUrl(c),
						properties.name()));
		// one reminder per invitation and date: a meeting moved after its reminder is reminded again
		return outbox.queue(new MailKey("consultation-reminder", invitationId + "@" + c.startsAt().getEpochSecond(), to),
				comes ? message.with(file) : message);
	}

	/**
	 * That {@code c} is cancelled, with the cancelling calendar file; one per consultation and
	 * address, however often it is cancelled.
	 */
	@Transactional
	public boolean cancellation(String to, String name, Consultation c, MailAttachment file) {
		return outbox.queue(new MailKey("consultation-cancelled", c.id(), to), new MailMessage(to,
				t("consultations.mail.cancelled.subject", c.regionName(), c.when(DUTCH)),
				t("consultations.mail.cancelled.text", name, c.regionName(), c.when(DUTCH), properties.name()))
			.with(file));
	}

	/**
	 * That the date, time or place of {@code after} changed: to those who come with the new
	 * calendar file, to those who did not reply with their link. One per change and address.
	 *
	 * @param replyPath the reply link of the invitee, null for people named in someone else's reply
	 */
	@Transactional
	public boolean change(String to, String name, Consultation before, Consultation after, boolean comes,
			@Nullable String replyPath, MailAttachment file) {
		String link = replyPath == null ? "" : properties.absoluteUrl(replyPath);
		String text = comes
				? t("consultations.mail.changed.comes", name, after.regionName(), after.when(DUTCH), place(after),
						before.when(DUTCH), before.place(),
						replyPath == null ? "" : t("consultations.mail.changed.replyLink", link), icsUrl(after),
						properties.name())
				: t("consultations.mail.changed.noReply", name, after.regionName(), after.when(DUTCH), place(after),
						before.when(DUTCH), before.place(), link, icsUrl(after), properties.name());
		MailMessage message = new MailMessage(to,
				t("consultations.mail.changed.subject", after.regionName(), after.when(DUTCH)), text);
		return outbox.queue(new MailKey("consultation-changed", after.id() + "-" + after.sequence(), to),
				comes ? message.with(file) : message);
	}

	private String icsUrl(Consultation c) {
		return properties.absoluteUrl("/regio-overleggen/" + c.id() + ".ics");
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
