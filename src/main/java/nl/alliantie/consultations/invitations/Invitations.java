package nl.alliantie.consultations.invitations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.accounts.LinkTokens;
import nl.alliantie.consultations.ConsultationId;
import nl.alliantie.consultations.ConsultationStatus;
import nl.alliantie.consultations.planning.Consultation;
import nl.alliantie.consultations.planning.ConsultationStore;
import nl.alliantie.mail.MailAttachment;
import nl.alliantie.network.Network;

/** Inviting, reminding and taking replies. */
@Service("consultationInvitations")
public class Invitations {

	public static final String PURPOSE = "consultation-invitation";

	/** The reply link keeps working after the start, to show the reply read-only and say why. */
	static final Duration READABLE_AFTER_START = Duration.ofDays(90);

	/** How many invitations answered what. */
	public record Counts(int yes, int no, int none, int total) {
	}

	private final JdbcClient jdbc;

	private final LinkTokens tokens;

	private final InvitationMail mail;

	private final ConsultationStore consultations;

	private final TransactionTemplate transactions;

	private final MailLanguages languages;

	Invitations(JdbcClient jdbc, LinkTokens tokens, InvitationMail mail, ConsultationStore consultations,
			TransactionTemplate transactions, MailLanguages languages) {
		this.languages = languages;
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.mail = mail;
		this.consultations = consultations;
		this.transactions = transactions;
	}

	Clock clock() {
		return consultations.clock();
	}

	/**
	 * Invites every organisation of the region that is aangesloten or op afstand and mails every
	 * invitation not mailed yet. A second click mails nobody twice. Returns how many were mailed.
	 */
	public int inviteRegion(long consultationId) {
		Consultation consultation = consultations.find(consultationId).orElseThrow();
		requireComing(consultation);
		for (Network.Invitee invitee : consultations.network().inviteesOf(consultation.regionKey())) {
			jdbc.sql("""
					insert into consultations_invitation (consultation_id, organisation_id, name, email)
					values (:consultation, :organisation, :name, :email) on conflict do nothing
					""")
				.param("consultation", consultationId)
				.param("organisation", invitee.id().value())
				.param("name", invitee.name())
				.param("email", invitee.email().trim())
				.update();
		}
		return send(consultation);
	}

	/** Invites one person by name and address, and mails them. */
	public int invitePerson(long consultationId, String name, String email) {
		Consultation consultation = consultations.find(consultationId).orElseThrow();
		requireComing(consultation);
		jdbc.sql("""
				insert into consultations_invitation (consultation_id, name, email)
				values (:consultation, :name, :email) on conflict do nothing
				""")
			.param("consultation", consultationId)
			.param("name", name.trim())
			.param("email", email.trim())
			.update();
		return send(consultation);
	}

	private void requireComing(Consultation consultation) {
		if (consultation.cancelled() || consultation.started(clock())) {
			throw new ReplyClosed();
		}
	}

	private int send(Consultation consultation) {
		record Target(long id, String name, String email, String language) {
		}
		List<Target> targets = jdbc.sql("""
				select id, name, email, language from consultations_invitation
				where consultation_id = :id and sent_at is null order by id
				""")
			.param("id", consultation.id())
			.query(Target.class)
			.list();
		List<ConsultationStore.AgendaItem> agenda = consultations.agenda(consultation.id());
		MailLanguages.Lookup language = languages.lookup(targets.stream().map(Target::email).toList());
		Duration validFor = validFor(consultation);
		int mailed = 0;
		for (Target target : targets) {
			// claim, link and mail in one transaction: queued if and only if marked as sent
			boolean queued = Boolean.TRUE.equals(transactions.execute(status -> {
				if (!stillComing(consultation.id())) {
					return false;
				}
				int claimed = jdbc.sql("update consultations_invitation set sent_at = now() where id = :id and sent_at is null")
					.param("id", target.id())
					.update();
				if (claimed == 0) {
					return false;
				}
				String token = tokens.issueReusable(PURPOSE, Long.toString(target.id()), validFor);
				return mail.invitation(target.id(), target.email(), target.name(), consultation, agenda,
						"/uitnodiging/" + token, language.of(target.email(), target.language()));
			}));
			mailed += queued ? 1 : 0;
		}
		if (consultation.status() == ConsultationStatus.PLANNED) {
			jdbc.sql("update consultations_consultation set status = 'UITNODIGING_VERSTUURD' where id = :id and status = 'GEPLAND'")
				.param("id", consultation.id())
				.update();
		}
		return mailed;
	}

	/**
	 * Whether the consultation is still to come, holding a share lock on it until the end of the
	 * transaction: a cancellation or change waits for this mail, and so mails its invitee too.
	 */
	private boolean stillComing(long consultationId) {
		return jdbc.sql("""
				select 1 from consultations_consultation
				where id = :id and status in ('GEPLAND', 'UITNODIGING_VERSTUURD') and starts_at > :now for share
				""")
			.param("id", consultationId)
			.param("now", Timestamp.from(clock().instant()))
			.query(Integer.class)
			.optional()
			.isPresent();
	}

	private Duration validFor(Consultation consultation) {
		Duration left = Duration.between(clock().instant(), consultation.startsAt().plus(READABLE_AFTER_START));
		return left.isNegative() ? Duration.ofMinutes(1) : left;
	}

	/**
	 * The one reminder, 7 days before: to those who did not reply, and to those who come (with the
	 * calendar file). Each invitation is claimed with {@code reminded_at} before its mail is queued,
	 * so several runs or instances remind nobody twice. Returns how many were reminded.
	 */
	public int remind() {
		record Target(long id, long consultationId, String name, String email, Answer answer, String language) {
		}
		Timestamp now = Timestamp.from(clock().instant());
		List<Target> targets = jdbc.sql("""
				select i.id, i.consultation_id, i.name, i.email, i.answer, i.language
				from consultations_invitation i join consultations_consultation c on c.id = i.consultation_id
				where c.status = 'UITNODIGING_VERSTUURD' and c.starts_at > :now
				  and c.starts_at <= :weekAhead
				  and i.sent_at is not null and i.reminded_at is null and (i.answer is null or i.answer = 'JA')
				order by i.consultation_id, i.id limit 5000
				""")
			.param("now", now)
			.param("weekAhead", Timestamp.from(clock().instant().plus(Duration.ofDays(7))))
			.query(InvitationRows.of(Target.class))
			.list();
		MailLanguages.Lookup language = languages.lookup(targets.stream().map(Target::email).toList());
		java.util.Map<Long, Consultation> byId = new java.util.HashMap<>();
		java.util.Map<Long, MailAttachment> files = new java.util.HashMap<>();
		int reminded = 0;
		for (Target target : targets) {
			Consultation consultation = byId.computeIfAbsent(target.consultationId(), id -> consultations.find(id).orElseThrow());
			MailAttachment file = files.computeIfAbsent(consultation.id(), id -> mail.calendarFile(consultation));
			boolean queued = Boolean.TRUE.equals(transactions.execute(status -> {
				if (!stillComing(consultation.id())) {
					return false;
				}
				int claimed = jdbc.sql("update consultations_invitation set reminded_at = now() where id = :id and reminded_at is null")
					.param("id", target.id())
					.update();
				if (claimed == 0) {
					return false;
				}
				String token = tokens.issueReusable(PURPOSE, Long.toString(target.id()), validFor(consultation));
				return mail.reminder(target.id(), target.email(), target.name(), consultation, target.answer() == Answer.YES,
						"/uitnodiging/" + token, file, language.of(target.email(), target.language()));
			}));
			reminded += queued ? 1 : 0;
		}
		return reminded;
	}

	/** The invitation behind a personal link, while the link is valid. */
	public Optional<Invitation> byToken(String token) {
		return tokens.subjectOf(PURPOSE, token).flatMap(this::invitation);
	}

	public Optional<Invitation> invitation(long id) {
		return jdbc.sql("""
				select i.id, i.consultation_id, i.organisation_id, i.name, i.email, i.answer, i.person1_name,
				       i.person1_email, i.person2_name, i.person2_email, i.remarks, i.answered_at, i.attended,
				       c.starts_at, c.status as consultation_status
				from consultations_invitation i join consultations_consultation c on c.id = i.consultation_id
				where i.id = :id
				""")
			.param("id", id)
			.query(InvitationRows.of(Invitation.class))
			.optional();
	}

	/**
	 * Takes a reply (refused after the start). Identical replies sent at once leave one reply and
	 * one confirmation mail: the row is locked, and the confirmation's outbox key names the reply.
	 * The consultation is share-locked, so a cancellation or change waits for the reply and mails
	 * by it.
	 */
	@Transactional
	public void answer(long invitationId, Invitation.Reply reply, String replyPath) {
		answer(invitationId, reply, replyPath, MailLanguages.DUTCH);
	}

	/**
	 * As {@link #answer(long, Invitation.Reply, String)}, given on pages in {@code locale}: the
	 * invitation keeps that language for later mail to an address the register has no language for;
	 * the confirmation is written in it.
	 */
	@Transactional
	public void answer(long invitationId, Invitation.Reply reply, String replyPath, Locale locale) {
		// the consultation before the invitation, in the order every other change takes them
		jdbc.sql("""
				select c.id from consultations_consultation c
				where c.id = (select consultation_id from consultations_invitation where id = :id) for share
				""").param("id", invitationId)
			.query(Long.class).single();
		jdbc.sql("select id from consultations_invitation where id = :id for update").param("id", invitationId)
			.query(Long.class).single();
		Invitation invitation = invitation(invitationId).orElseThrow();
		invitation.answer(reply, clock());
		jdbc.sql("""
				update consultations_invitation set answer = :answer, person1_name = :n1, person1_email = :e1,
				    person2_name = :n2, person2_email = :e2, remarks = :remarks, answered_at = now(), language = :language
				where id = :id
				""")
			.param("language", "en".equals(locale.getLanguage()) ? "en" : "nl")
			.param("answer", java.util.Objects.requireNonNull(reply.answer(), "a reply without an answer is refused by its form").code())
			.param("n1", blankToNull(reply.person1Name()))
			.param("e1", lower(reply.person1Email()))
			.param("n2", blankToNull(reply.person2Name()))
			.param("e2", lower(reply.person2Email()))
			.param("remarks", blankToNull(reply.remarks()))
			.param("id", invitationId)
			.update();
		Consultation consultation = consultations.find(invitation.consultationId()).orElseThrow();
		mail.confirmation(invitationId, reply.fingerprint(), invitation.email(), invitation.name(), consultation,
				reply.answer() == Answer.YES, replyPath, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : MailLanguages.DUTCH);
	}

	public Counts counts(long consultationId) {
		return jdbc.sql("""
				select count(*) filter (where answer = 'JA') as yes, count(*) filter (where answer = 'NEE') as no,
				       count(*) filter (where answer is null) as none, count(*) as total
				from consultations_invitation where consultation_id = :id
				""")
			.param("id", consultationId)
			.query(Counts.class)
			.single();
	}

	/** The filter of {@link #list} for invitations without an answer. */
	public static final String NO_ANSWER = "GEEN";

	/** A page of invitations, optionally only those with an answer (its {@link Answer#code()}, or {@link #NO_ANSWER}). */
	public List<Invitation> list(long consultationId, String answer, int offset, int limit) {
		return jdbc.sql("""
				select i.id, i.consultation_id, i.organisation_id, i.name, i.email, i.answer, i.person1_name,
				       i.person1_email, i.person2_name, i.person2_email, i.remarks, i.answered_at, i.attended,
				       c.starts_at, c.status as consultation_status
				from consultations_invitation i join consultations_consultation c on c.id = i.consultation_id
				where i.consultation_id = :id
				  and (:answer = '' or (:answer = 'GEEN' and i.answer is null) or i.answer = :answer)
				order by i.answer nulls last, lower(i.name), i.id offset :offset limit :limit
				""")
			.param("id", consultationId)
			.param("answer", answer == null ? "" : answer)
			.param("offset", offset)
			.param("limit", limit)
			.query(InvitationRows.of(Invitation.class))
			.list();
	}

	/** Records who attended: exactly the given invitations of this consultation. */
	@Transactional
	public void recordAttendance(long consultationId, Collection<Long> attended) {
		jdbc.sql("""
				update consultations_invitation set attended = (id = any(:ids))
				where consultation_id = :consultation
				""")
			.param("ids", attended.toArray(Long[]::new))
			.param("consultation", consultationId)
			.update();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static @Nullable String lower(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
	}
}
