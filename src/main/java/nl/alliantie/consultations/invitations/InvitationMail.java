package nl.alliantie.consultations.invitations;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.consultations.calendar.CalendarFiles;
import nl.alliantie.consultations.planning.Consultation;
import nl.alliantie.consultations.planning.ConsultationStore;
import nl.alliantie.mail.MailAttachment;
import nl.alliantie.mail.MailKey;
import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.Outbox;
import nl.alliantie.shared.AlliantieProperties;

/**
 * Every mail about invitations goes into the outbox here, in the caller's transaction, each in
 * the language of its reader ({@link MailLanguages}: the register's, else that of the reply's
 * page, else Dutch). Whoever comes gets the calendar file
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
	public boolean invitation(long invitationId, String to, String name, Consultation c,
			List<ConsultationStore.AgendaItem> items, String replyPath, Locale locale) {
		// a standing task in the reader's language, an item someone typed as written
		List<String> agenda = items.stream()
			.map(item -> item.titleKey() == null ? item.title() : t(locale, item.titleKey()))
			.toList();
		return outbox.queue(new MailKey("consultation-invitation", invitationId, to), new MailMessage(to,
				t(locale, "consultations.mail.invitation.subject", c.regionName(), c.when(locale)),
				t(locale, "consultations.mail.invitation.text", name, c.regionName(), c.when(locale), place(c, locale),
						"- " + String.join("\n- ", agenda), properties.absoluteUrl(replyPath), properties.name())));
	}

	@Transactional
	public boolean confirmation(long invitationId, String fingerprint, String to, String name, Consultation c,
			boolean comes, String replyPath, Locale locale) {
		MailMessage message = new MailMessage(to, t(locale, "consultations.mail.confirmation.subject", c.regionName()),
				t(locale, comes ? "consultations.mail.confirmation.yes" : "consultations.mail.confirmation.no", name,
						c.regionName(), c.when(locale), place(c, locale), properties.absoluteUrl(replyPath), icsUrl(c),
						properties.name()));
		return outbox.queue(new MailKey("consultation-reply", invitationId + "-" + fingerprint, to),
				comes ? message.with(calendarFile(c)) : message);
	}

	/** The reminder a week before; {@code file} goes along when they come. */
	@Transactional
	public boolean reminder(long invitationId, String to, String name, Consultation c, boolean comes,
			String replyPath, MailAttachment file, Locale locale) {
		MailMessage message = new MailMessage(to, t(locale, "consultations.mail.reminder.subject", c.regionName(), c.when(locale)),
				t(locale, comes ? "consultations.mail.reminder.comes" : "consultations.mail.reminder.noReply", name,
						c.regionName(), c.when(locale), place(c, locale), properties.absoluteUrl(replyPath), icsUrl(c),
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
	public boolean cancellation(String to, String name, Consultation c, MailAttachment file, Locale locale) {
		return outbox.queue(new MailKey("consultation-cancelled", c.id(), to), new MailMessage(to,
				t(locale, "consultations.mail.cancelled.subject", c.regionName(), c.when(locale)),
				t(locale, "consultations.mail.cancelled.text", name, c.regionName(), c.when(locale), properties.name()))
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
			@Nullable String replyPath, MailAttachment file, Locale locale) {
		String link = replyPath == null ? "" : properties.absoluteUrl(replyPath);
		String text = comes
				? t(locale, "consultations.mail.changed.comes", name, after.regionName(), after.when(locale), place(after, locale),
						before.when(locale), before.place(),
						replyPath == null ? "" : t(locale, "consultations.mail.changed.replyLink", link), icsUrl(after),
						properties.name())
				: t(locale, "consultations.mail.changed.noReply", name, after.regionName(), after.when(locale), place(after, locale),
						before.when(locale), before.place(), link, icsUrl(after), properties.name());
		MailMessage message = new MailMessage(to,
				t(locale, "consultations.mail.changed.subject", after.regionName(), after.when(locale)), text);
		return outbox.queue(new MailKey("consultation-changed", after.id() + "-" + after.sequence(), to),
				comes ? message.with(file) : message);
	}

	private String icsUrl(Consultation c) {
		return properties.absoluteUrl("/regio-overleggen/" + c.id() + ".ics");
	}

	private String place(Consultation c, Locale locale) {
		String place = c.place();
		if (c.onlineLink() != null) {
			place = place + "\n" + t(locale, "consultations.mail.online", c.onlineLink());
		}
		if (c.route() != null && !c.route().isBlank()) {
			place = place + "\n" + c.route();
		}
		return place;
	}

	private String t(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
