package nl.alliantie.conferences.registrations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.conferences.RegistrationStatus;
import nl.alliantie.conferences.WorkshopStatus;
import nl.alliantie.conferences.editions.Days;
import nl.alliantie.conferences.mails.ConferenceMails;

/**
 * The places of a day and of its workshops, and the waiting lists for both: a freed or added
 * place goes to the person waiting longest, in the same transaction, with a mail claimed once
 * ({@link RegistrationNotices}). The caller holds the day's lock, as every change of places does.
 * <p>
 * "Longest" is the order of arrival: the number {@code arrival} each registration draws from one
 * sequence when it is stored (migration V4), for the day and for every workshop alike. A freed
 * workshop place goes to the first in that order among everyone registered who waits for it, as
 * first choice or as second; one who gets their second choice this way stops waiting for the
 * first. A free place therefore never waits while someone waits for it, so a person just promoted
 * from the day's list only finds one free when nobody who came earlier wants it.
 */
@Service
public class WaitingLists {

	private final JdbcClient jdbc;

	private final Days days;

	private final RegistrationNotices notices;

	private final ConferenceMails mails;

	WaitingLists(JdbcClient jdbc, Days days, RegistrationNotices notices, ConferenceMails mails) {
		this.jdbc = jdbc;
		this.days = days;
		this.notices = notices;
		this.mails = mails;
	}

	/** First choice if it has room, else the second, else the waiting list of the first. */
	void placeInWorkshop(long id, @Nullable Long first, @Nullable Long second) {
		List<Long> choices = new ArrayList<>();
		if (first != null) {
			choices.add(first);
		}
		if (second != null && !second.equals(first)) {
			choices.add(second);
		}
		for (Long session : choices) {
			if (jdbc.sql("update conferences_session set taken = taken + 1 where id = :id and taken < capacity")
				.param("id", session)
				.update() == 1) {
				jdbc.sql("update conferences_registration set session_id = :session, workshop_status = 'placed', workshop_waiting_since = null where id = :id")
					.param("session", session)
					.param("id", id)
					.update();
				return;
			}
		}
		if (first != null) {
			jdbc.sql("update conferences_registration set session_id = :session, workshop_status = 'waiting', workshop_waiting_since = clock_timestamp() where id = :id")
				.param("session", first)
				.param("id", id)
				.update();
		}
	}

	void releaseSession(long sessionId) {
		jdbc.sql("update conferences_session set taken = taken - 1 where id = :id").param("id", sessionId).update();
		promoteInSession(sessionId);
	}

	/**
	 * Gives free places on the day to the people waiting longest who confirmed their address; one
	 * who has not (yet) keeps their turn and is placed when they confirm, if a place is free then.
	 */
	void promoteOnDay(long dayId) {
		while (true) {
			Optional<Long> next = jdbc.sql("""
					select id from conferences_registration where day_id = :day and status = 'waiting' and confirmed_at is not null
					order by arrival limit 1 for update
					""")
				.param("day", dayId)
				.query(Long.class)
				.optional();
			if (next.isEmpty() || jdbc.sql("update conferences_day set taken = taken + 1 where id = :id and taken < capacity")
				.param("id", dayId)
				.update() == 0) {
				return;
			}
			long id = next.get();
			jdbc.sql("update conferences_registration set status = 'registered', promoted_at = now() where id = :id")
				.param("id", id)
				.update();
			Registration registration = jdbc.sql("select id, day_id, current_date, status, workshop_status, session_id, first_choice, second_choice from conferences_registration where id = :id")
				.param("id", id)
				.query((rs, n) -> new Registration(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
						RegistrationStatus.ofCode(rs.getString(4)), WorkshopStatus.ofCode(rs.getString(5)), (Long) rs.getObject(6), (Long) rs.getObject(7),
						(Long) rs.getObject(8)))
				.single();
			placeInWorkshop(id, registration.firstChoice(), registration.secondChoice());
			if (notices.claimNotice(id, "day-promoted")) {
				mails.promotedToDay(notices.about(id), notices.issueLink(id, notices.dayDate(dayId)), notices.calendarOf(dayId));
			}
		}
	}

	/**
	 * Gives free places in a workshop to the registered people who wait for it longest, as first
	 * or as second choice.
	 */
	void promoteInSession(long sessionId) {
		while (true) {
			Optional<Long> next = jdbc.sql("""
					select id from conferences_registration where id = (
					  select id from (
					    (select id, arrival from conferences_registration
					     where session_id = :session and workshop_status = 'waiting' and status = 'registered'
					     order by arrival limit 1)
					    union all
					    (select id, arrival from conferences_registration
					     where second_choice = :session and workshop_status = 'waiting' and status = 'registered'
					     order by arrival limit 1)
					  ) waiting order by arrival limit 1)
					for update
					""")
				.param("session", sessionId)
				.query(Long.class)
				.optional();
			if (next.isEmpty() || jdbc.sql("update conferences_session set taken = taken + 1 where id = :id and taken < capacity")
				.param("id", sessionId)
				.update() == 0) {
				return;
			}
			long id = next.get();
			jdbc.sql("update conferences_registration set session_id = :session, workshop_status = 'placed', workshop_waiting_since = null where id = :id")
				.param("session", sessionId)
				.param("id", id)
				.update();
			long dayId = jdbc.sql("select day_id from conferences_registration where id = :id").param("id", id).query(Long.class).single();
			if (notices.claimNotice(id, "workshop-promoted")) {
				mails.promotedToWorkshop(notices.about(id), notices.issueLink(id, notices.dayDate(dayId)));
			}
		}
	}

	/** Raises a day's capacity (never below the places taken) and gives the new places to those waiting. */
	@Transactional
	public boolean changeDayCapacity(long dayId, int capacity) {
		days.lockDay(dayId).orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Reason.DAY_PASSED));
		int changed = jdbc.sql("update conferences_day set capacity = :capacity where id = :id and taken <= :capacity")
			.param("capacity", capacity)
			.param("id", dayId)
			.update();
		if (changed == 1) {
			promoteOnDay(dayId);
		}
		return changed == 1;
	}

	/** Changes a workshop's capacity (never below the places taken) and gives new places to those waiting. */
	@Transactional
	public boolean changeSessionCapacity(long dayId, long sessionId, int capacity, int minimum) {
		days.lockDay(dayId).orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Reason.DAY_PASSED));
		int changed = jdbc.sql("update conferences_session set capacity = :capacity, minimum = :minimum where id = :id and day_id = :day and taken <= :capacity")
			.param("capacity", capacity)
			.param("minimum", minimum)
			.param("id", sessionId)
			.param("day", dayId)
			.update();
		if (changed == 1) {
			promoteInSession(sessionId);
		}
		return changed == 1;
	}
}
