package nl.alliantie.consultations.minutes;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.consultations.ConsultationId;
import nl.alliantie.consultations.MinutesPublished;
import nl.alliantie.consultations.invitations.Invitations;
import nl.alliantie.consultations.invitations.Participants;
import nl.alliantie.consultations.planning.Consultation;
import nl.alliantie.consultations.planning.ConsultationStore;
import nl.alliantie.mail.MailKey;
import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.Outbox;
import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.time.WrittenDates;

/** After the meeting: attendance, minutes, decisions, action points, and publishing. */
@Service("consultationMinutes")
public class Minutes {


	private final JdbcClient jdbc;

	private final ConsultationStore consultations;

	private final Invitations invitations;

	private final Participants participants;

	private final Outbox outbox;

	private final MessageSource messages;

	private final AlliantieProperties properties;

	private final ApplicationEventPublisher events;

	Minutes(JdbcClient jdbc, ConsultationStore consultations, Invitations invitations, Participants participants,
			Outbox outbox, MessageSource messages, AlliantieProperties properties, ApplicationEventPublisher events) {
		this.participants = participants;
		this.jdbc = jdbc;
		this.consultations = consultations;
		this.invitations = invitations;
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
		this.events = events;
	}

	/** Saves attendance and texts; the consultation counts as held from now on. */
	@Transactional
	public void record(long consultationId, List<Long> attended, String minutes, String summary) {
		invitations.recordAttendance(consultationId, attended == null ? List.of() : attended);
		jdbc.sql("""
				update consultations_consultation set minutes = :minutes, summary = :summary, updated_at = now(),
				    status = case when status in ('GEPLAND', 'UITNODIGING_VERSTUURD') then 'GEHOUDEN' else status end
				where id = :id
				""")
			.param("minutes", minutes == null ? "" : minutes.trim())
			.param("summary", summary == null ? "" : summary.trim())
			.param("id", consultationId)
			.update();
	}

	@Transactional
	public long addPoint(long consultationId, String kind, String what, String who, @Nullable LocalDate due,
			boolean forAlliantiedagen) {
		return jdbc.sql("""
				insert into consultations_action_point (consultation_id, kind, what, who, due, for_alliantiedagen)
				values (:id, :kind, :what, :who, :due, :forAd) returning id
				""")
			.param("id", consultationId)
			.param("kind", kind)
			.param("what", what.trim())
			.param("who", who == null ? "" : who.trim())
			.param("due", due)
			.param("forAd", forAlliantiedagen)
			.query(Long.class)
			.single();
	}

	@Transactional
	public void setPointStatus(long pointId, String status) {
		jdbc.sql("update consultations_action_point set status = :status where id = :id")
			.param("status", status)
			.param("id", pointId)
			.update();
	}

	public java.util.Optional<ActionPoint> point(long id) {
		return jdbc.sql("""
				select id, consultation_id, kind, what, who, due, status, for_alliantiedagen
				from consultations_action_point where id = :id
				""")
			.param("id", id)
			.query(ActionPoint.class)
			.optional();
	}

	public List<ActionPoint> points(long consultationId) {
		return jdbc.sql("""
				select id, consultation_id, kind, what, who, due, status, for_alliantiedagen
				from consultations_action_point where consultation_id = :id order by kind, id
				""")
			.param("id", consultationId)
			.query(ActionPoint.class)
			.list();
	}

	/**
	 * Publishes the minutes: the public summary goes online and every participant gets the minutes
	 * by mail (once each, whatever the number of clicks).
	 */
	@Transactional
	public int publish(long consultationId) {
		jdbc.sql("""
				update consultations_consultation set status = 'VERSLAG_GEPUBLICEERD',
				    published_at = coalesce(published_at, now()), updated_at = now()
				where id = :id and status <> 'GEANNULEERD'
				""")
			.param("id", consultationId)
			.update();
		Consultation c = consultations.find(consultationId).orElseThrow();
		List<ActionPoint> actionPoints = points(consultationId);
		int mailed = 0;
		// each participant in their own language (Participants); the minutes as written
		for (Participants.Participant participant : participants.of(consultationId)) {
			Locale locale = participant.language();
			boolean queued = outbox.queue(new MailKey("consultation-minutes", consultationId, participant.email()),
					new MailMessage(participant.email(),
							messages.getMessage("consultations.mail.minutes.subject", new Object[] { c.regionName(), c.when(locale) }, locale),
							messages.getMessage("consultations.mail.minutes.text",
									new Object[] { participant.name(), c.regionName(), c.when(locale), c.minutes(),
											points(actionPoints, locale), properties.absoluteUrl("/regio-overleggen/" + c.id()),
											properties.name() },
									locale)));
			mailed += queued ? 1 : 0;
		}
		events.publishEvent(new MinutesPublished(new ConsultationId(consultationId), c.regionKey()));
		return mailed;
	}

	/** The action points as lines of a mail in {@code locale}. */
	private String points(List<ActionPoint> actionPoints, Locale locale) {
		StringBuilder points = new StringBuilder();
		for (ActionPoint point : actionPoints) {
			points.append("- ")
				.append(messages.getMessage("consultations.point.kind." + point.kind(), null, locale))
				.append(": ")
				.append(point.what());
			if (!point.who().isBlank()) {
				points.append(" (").append(point.who()).append(point.due() == null ? "" : ", " + WrittenDates.date(point.due(), locale)).append(')');
			}
			points.append('\n');
		}
		return points.toString();
	}
}
