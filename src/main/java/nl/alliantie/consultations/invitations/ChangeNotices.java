package nl.alliantie.consultations.invitations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.consultations.planning.Consultation;
import nl.alliantie.consultations.planning.ConsultationStore;
import nl.alliantie.mail.MailAttachment;

/**
 * Tells the invited when their consultation is cancelled, in the transaction of the cancellation
 * (the event is published there and heard synchronously), so the mails go out if and only if it is
 * committed.
 *
 * <p>Who hears of it: every invitee whose invitation was mailed and who did not say no, and the
 * people named in a "ja" reply (they are the ones who travel). Each address once, also when it
 * stands in several invitations.
 */
@Component
class ChangeNotices {

	/** Someone to tell, with the invitation whose link they may use (null for people named in a reply). */
	private record Recipient(String name, String email, boolean comes, Long invitationId) {
	}

	private final JdbcClient jdbc;

	private final InvitationMail mail;

	ChangeNotices(JdbcClient jdbc, InvitationMail mail) {
		this.jdbc = jdbc;
		this.mail = mail;
	}

	/** Everyone who may still have it in their agenda gets the cancellation with the cancelling calendar file. */
	@EventListener
	void cancelled(ConsultationStore.Cancelled event) {
		Consultation consultation = event.consultation();
		MailAttachment file = mail.calendarFile(consultation);
		for (Recipient recipient : recipients(consultation.id())) {
			mail.cancellation(recipient.email(), recipient.name(), consultation, file);
		}
	}

	/** Invitees mailed who did not say no, and the people named in a "ja"; one entry per address. */
	private List<Recipient> recipients(long consultationId) {
		record Row(long id, String name, String email, String answer, String person1Name, String person1Email,
				String person2Name, String person2Email) {
		}
		List<Row> rows = jdbc.sql("""
				select id, name, email, answer, person1_name, person1_email, person2_name, person2_email
				from consultations_invitation
				where consultation_id = :id and sent_at is not null and (answer is null or answer = 'JA')
				order by id
				""")
			.param("id", consultationId)
			.query(Row.class)
			.list();
		Map<String, Recipient> byAddress = new LinkedHashMap<>();
		for (Row row : rows) {
			add(byAddress, new Recipient(row.name(), row.email(), "JA".equals(row.answer()), row.id()));
		}
		for (Row row : rows) {
			if ("JA".equals(row.answer())) {
				add(byAddress, new Recipient(row.person1Name(), row.person1Email(), true, null));
				add(byAddress, new Recipient(row.person2Name(), row.person2Email(), true, null));
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
			byAddress.put(key, new Recipient(name, recipient.email().trim(), recipient.comes(), recipient.invitationId()));
		}
		else if (recipient.comes() && !known.comes()) {
			byAddress.put(key, new Recipient(known.name(), known.email(), true, known.invitationId()));
		}
	}
}
