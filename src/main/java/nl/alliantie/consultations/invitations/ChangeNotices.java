package nl.alliantie.consultations.invitations;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.accounts.LinkTokens;
import nl.alliantie.consultations.planning.Consultation;
import nl.alliantie.consultations.planning.ConsultationStore;
import nl.alliantie.mail.MailAttachment;

/**
 * Tells the invited when their consultation is cancelled or moved, in the transaction of the
 * cancellation or change (the events are published there and heard synchronously), so the mails go
 * out if and only if it is committed.
 *
 * <p>Who hears of it: every invitee whose invitation was mailed and who did not say no, and the
 * people named in a "ja" reply (they are the ones who travel). Each address once, also when it
 * stands in several invitations.
 */
@Component
class ChangeNotices {

	/**
	 * Someone to tell, with the invitation whose link they may use (null for people named in a
	 * reply); {@code language}: of the page the invitation they come through was answered on.
	 */
	private record Recipient(String name, String email, boolean comes, @Nullable Long invitationId,
			@Nullable String language) {
	}

	private final JdbcClient jdbc;

	private final InvitationMail mail;

	private final LinkTokens tokens;

	private final ConsultationStore consultations;

	private final MailLanguages languages;

	ChangeNotices(JdbcClient jdbc, InvitationMail mail, LinkTokens tokens, ConsultationStore consultations,
			MailLanguages languages) {
		this.languages = languages;
		this.jdbc = jdbc;
		this.mail = mail;
		this.tokens = tokens;
		this.consultations = consultations;
	}

	/** Everyone who may still have it in their agenda gets the cancellation with the cancelling calendar file. */
	@EventListener
	void cancelled(ConsultationStore.Cancelled event) {
		Consultation consultation = event.consultation();
		MailAttachment file = mail.calendarFile(consultation);
		List<Recipient> recipients = recipients(consultation.id());
		MailLanguages.Lookup language = languages.lookup(recipients.stream().map(Recipient::email).toList());
		for (Recipient recipient : recipients) {
			mail.cancellation(recipient.email(), recipient.name(), consultation, file,
					language.of(recipient.email(), recipient.language()));
		}
	}

	/**
	 * Those who come get the new date and place with the new calendar file (same UID, higher
	 * SEQUENCE); those who did not reply get them with their link. A reminder already sent for the
	 * old date goes again a week before the new one.
	 */
	@EventListener
	void moved(ConsultationStore.Moved event) {
		Consultation after = event.after();
		if (after.cancelled() || after.started(consultations.clock())
				|| !after.status().open()) {
			return;
		}
		if (!event.before().startsAt().equals(after.startsAt())) {
			jdbc.sql("""
					update consultations_invitation set reminded_at = null
					where consultation_id = :id and reminded_at is not null and :start > :weekAhead
					""")
				.param("id", after.id())
				.param("start", Timestamp.from(after.startsAt()))
				.param("weekAhead", Timestamp.from(consultations.clock().instant().plus(Duration.ofDays(7))))
				.update();
		}
		MailAttachment file = mail.calendarFile(after);
		Duration validFor = Duration.between(consultations.clock().instant(),
				after.startsAt().plus(Invitations.READABLE_AFTER_START));
		List<Recipient> recipients = recipients(after.id());
		MailLanguages.Lookup language = languages.lookup(recipients.stream().map(Recipient::email).toList());
		for (Recipient recipient : recipients) {
			String replyPath = recipient.invitationId() == null ? null
					: "/uitnodiging/" + tokens.issueReusable(Invitations.PURPOSE,
							Long.toString(recipient.invitationId()), validFor);
			mail.change(recipient.email(), recipient.name(), event.before(), after, recipient.comes(), replyPath, file,
					language.of(recipient.email(), recipient.language()));
		}
	}

	/** Invitees mailed who did not say no, and the people named in a "ja"; one entry per address. */
	private List<Recipient> recipients(long consultationId) {
		record Row(long id, String name, String email, Answer answer, String person1Name, String person1Email,
				String person2Name, String person2Email, String language) {
		}
		List<Row> rows = jdbc.sql("""
				select id, name, email, answer, person1_name, person1_email, person2_name, person2_email, language
				from consultations_invitation
				where consultation_id = :id and sent_at is not null and (answer is null or answer = 'JA')
				order by id
				""")
			.param("id", consultationId)
			.query(InvitationRows.of(Row.class))
			.list();
		Map<String, Recipient> byAddress = new LinkedHashMap<>();
		for (Row row : rows) {
			add(byAddress, new Recipient(row.name(), row.email(), row.answer() == Answer.YES, row.id(), row.language()));
		}
		for (Row row : rows) {
			if (row.answer() == Answer.YES) {
				add(byAddress, new Recipient(row.person1Name(), row.person1Email(), true, null, row.language()));
				add(byAddress, new Recipient(row.person2Name(), row.person2Email(), true, null, row.language()));
			}
		}
		return new ArrayList<>(byAddress.values());
	}

	/** An invitee stays an invitee (with their link); a named person who comes makes the address one who comes. */
	private static void add(Map<String, Recipient> byAddress, Recipient recipient) {
		if (recipient.email() == null || recipient.email().isBlank()) {
			return;
		}
		String key = recipient.email().trim().toLowerCase(Locale.ROOT);
		Recipient known = byAddress.get(key);
		if (known == null) {
			String name = recipient.name() == null || recipient.name().isBlank() ? recipient.email().trim()
					: recipient.name();
			byAddress.put(key, new Recipient(name, recipient.email().trim(), recipient.comes(), recipient.invitationId(),
					recipient.language()));
		}
		else if (recipient.comes() && !known.comes()) {
			byAddress.put(key, new Recipient(known.name(), known.email(), true, known.invitationId(), known.language()));
		}
	}
}
