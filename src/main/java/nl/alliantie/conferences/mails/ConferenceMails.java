package nl.alliantie.conferences.mails;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.conferences.RegistrationStatus;
import nl.alliantie.conferences.WorkshopStatus;
import nl.alliantie.mail.MailAttachment;
import nl.alliantie.mail.MailKey;
import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.Outbox;
import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.time.WrittenDates;

/**
 * Every mail of the Alliantiedagen, and the only class of this module that sends mail. Callers
 * decide inside their transaction that a mail goes out (and claim it in {@code conferences_notice},
 * so it goes out once); the mail is queued in the outbox in that same transaction.
 */
@Component
@Transactional
public class ConferenceMails {

	static final Locale DUTCH = Locale.of("nl");

	/**
	 * What a mail about a registration needs to say; {@code locale}: the language the person
	 * registered in, every mail about the registration is written in it. {@code occasion}: a
	 * registration for what another module holds (a one-off event, docs/adr/0031): {@code theme} is
	 * then its title, {@code dayPath} its public page, and its texts are the
	 * {@code conferences.mail.occasion.*} ones, with the personal link at {@code /aanmelding/{token}}.
	 */
	public record About(String to, String name, int year, String theme, LocalDate date, String town, String venue,
			String address, String dayPath, RegistrationStatus status, WorkshopStatus workshopStatus, String workshop, Locale locale,
			boolean occasion) {
	}

	private final Outbox outbox;

	private final MessageSource messages;

	private final AlliantieProperties properties;

	ConferenceMails(Outbox outbox, MessageSource messages, AlliantieProperties properties) {
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * The confirmation: day, workshop and the personal link to change or cancel; with the day's
	 * calendar file attached when they have a place ({@code ics} is null for the waiting list).
	 */
	public void confirmation(About about, String token, @Nullable String ics) {
		String key = about.status() == RegistrationStatus.WAITING ? "conferences.mail.waiting" : "conferences.mail.confirmation";
		send(new MailMessage(about.to(), t(about, key + ".subject", String.valueOf(about.year()), about.town(), about.theme()),
				t(about, key + ".text", about.name(), about.theme(), day(about), workshop(about), personalLink(about, token),
						properties.absoluteUrl(about.dayPath() + "/agenda.ics"), properties.name())), about, ics);
	}

	/**
	 * A registration through the public form: the place (or the turn on the waiting list) is theirs
	 * once they confirm through the personal link before {@code heldUntil}. No calendar file yet.
	 */
	public void confirmHold(About about, String token, java.time.Instant heldUntil) {
		String until = java.time.format.DateTimeFormatter.ofPattern("H:mm", DUTCH)
			.format(heldUntil.atZone(nl.alliantie.shared.time.DutchTime.ZONE));
		String key = about.status() == RegistrationStatus.WAITING ? "conferences.mail.holdWaiting" : "conferences.mail.hold";
		send(about.to(), t(about, key + ".subject", String.valueOf(about.year()), about.town(), about.theme()),
				t(about, key + ".text", about.name(), about.theme(), day(about), until, personalLink(about, token), properties.name()));
	}

	/** A place on the day freed up and is now theirs: this is their confirmation, with the calendar file. */
	public void promotedToDay(About about, String token, String ics) {
		send(new MailMessage(about.to(), t(about, "conferences.mail.promoted.subject", String.valueOf(about.year()), about.town(), about.theme()),
				t(about, "conferences.mail.promoted.text", about.name(), about.theme(), day(about), workshop(about),
						personalLink(about, token), properties.absoluteUrl(about.dayPath() + "/agenda.ics"), properties.name())),
				about, ics);
	}

	/**
	 * The date, time or place of their day changed: the new facts and, for those with a place, the
	 * new calendar file (same UID, higher SEQUENCE), so their calendar moves the event.
	 */
	public void dayChanged(About about, String hours, String token, @Nullable String ics) {
		String key = about.status() == RegistrationStatus.WAITING ? "conferences.mail.changedWaiting" : "conferences.mail.changed";
		send(new MailMessage(about.to(), t(about, key + ".subject", String.valueOf(about.year()), about.town(), about.theme()),
				t(about, key + ".text", about.name(), about.theme(), day(about), hours, personalLink(about, token),
						properties.absoluteUrl(about.dayPath() + "/agenda.ics"), properties.name())), about, ics);
	}

	/**
	 * Their day does not go ahead; the secretariat may add a few words. {@code ics}: the calendar
	 * file marked cancelled (an occasion's), or null.
	 */
	public void dayCancelled(About about, String message, String editionPath, @Nullable String ics) {
		send(new MailMessage(about.to(), t(about, "conferences.mail.dayCancelled.subject", String.valueOf(about.year()), about.town(), about.theme()),
				t(about, "conferences.mail.dayCancelled.text", about.name(), day(about),
						message == null || message.isBlank() ? "" : message.strip() + "\n\n",
						properties.absoluteUrl(editionPath), properties.name())), about, ics);
	}

	/** A place in the workshop they waited for freed up and is now theirs. */
	public void promotedToWorkshop(About about, String token) {
		send(about.to(), t(about, "conferences.mail.workshopPromoted.subject", about.workshop()),
				t(about, "conferences.mail.workshopPromoted.text", about.name(), about.workshop(), day(about),
						personalLink(about, token), properties.name()));
	}

	public void cancelled(About about) {
		send(about.to(), t(about, "conferences.mail.cancelled.subject", String.valueOf(about.year()), about.town(), about.theme()),
				t(about, "conferences.mail.cancelled.text", about.name(), day(about), properties.name()));
	}

	/** After the day: the link to the evaluation form, which works once. */
	public void evaluation(About about, String token) {
		send(about.to(), t(about, "conferences.mail.evaluation.subject", String.valueOf(about.year()), about.town(), about.theme()),
				t(about, "conferences.mail.evaluation.text", about.name(), day(about),
						properties.absoluteUrl("/alliantiedagen/evaluatie/" + token), properties.name()));
	}

	private String day(About about) {
		return WrittenDates.dayAndDate(about.date(), about.locale()) + ", " + about.venue() + ", "
				+ about.address() + ", " + about.town();
	}

	private String workshop(About about) {
		if (about.occasion()) {
			return "";
		}
		if (about.workshop() == null || about.workshopStatus() == WorkshopStatus.NONE) {
			return t(about, "conferences.mail.workshop.none");
		}
		return t(about, about.workshopStatus() == WorkshopStatus.WAITING ? "conferences.mail.workshop.waiting"
				: "conferences.mail.workshop.placed", about.workshop());
	}

	private String personalLink(About about, String token) {
		return properties.absoluteUrl((about.occasion() ? "/aanmelding/" : "/alliantiedagen/aanmelding/") + token);
	}

	/** The text of {@code key}, for an occasion its {@code conferences.mail.occasion.*} twin. */
	private String t(About about, String key, Object... args) {
		String text = about.occasion() && key.startsWith("conferences.mail.")
				? "conferences.mail.occasion." + key.substring("conferences.mail.".length()) : key;
		return messages.getMessage(text, args, about.locale() == null ? DUTCH : about.locale());
	}

	/**
	 * Queues the mail in the caller's transaction. That the mail goes out once is decided by the
	 * caller's claim in {@code conferences_notice}; each claim queues one mail.
	 */
	private void send(String to, String subject, String text) {
		send(new MailMessage(to, subject, text), null, null);
	}

	private void send(MailMessage message, @Nullable About about, @Nullable String ics) {
		MailMessage mail = ics == null || about == null ? message // a file comes only with a registration's mail
				: message.with(MailAttachment.calendar(calendarFilename(about), ics));
		outbox.queue(new MailKey("conference", UUID.randomUUID().toString(), mail.to()), mail);
	}

	/** The same name as the download on the day's page: alliantiedag-2026-3.ics (an occasion: its path, bijeenkomsten-12.ics). */
	private static String calendarFilename(About about) {
		if (about.occasion()) {
			return about.dayPath().substring(1).replace('/', '-') + ".ics";
		}
		return "alliantiedag-" + about.dayPath().substring("/alliantiedagen/".length()).replace('/', '-') + ".ics";
	}
}
