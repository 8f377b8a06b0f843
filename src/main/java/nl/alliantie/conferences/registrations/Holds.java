package nl.alliantie.conferences.registrations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

import nl.alliantie.conferences.RegistrationStatus;
import nl.alliantie.conferences.WorkshopStatus;

/**
 * Holds of places by registrations through the public form that were not confirmed through the
 * mailed link in time ({@code alliantie.conferences.hold}, docs/adr/0027). A lapsed hold frees its
 * place (and its workshop place) for the next confirmed person on the waiting list, as a
 * cancellation does, but without a mail. Freed when a day's places are next handed out (under the
 * day's lock, so a registration never finds a day full of lapsed holds) and every minute by
 * {@link #releaseLapsed()}; each day in its own transaction under the day's lock, so two instances
 * free each hold once.
 */
@Component
public class Holds {

	private final JdbcClient jdbc;

	private final WaitingLists waitingLists;

	private final TransactionOperations transactions;

	private final Clock clock;

	private final Duration hold;

	Holds(JdbcClient jdbc, WaitingLists waitingLists, TransactionOperations transactions, Clock clock,
			@Value("${alliantie.conferences.hold:PT30M}") Duration hold) {
		this.jdbc = jdbc;
		this.waitingLists = waitingLists;
		this.transactions = transactions;
		this.clock = clock;
		this.hold = hold;
	}

	/** How long a registration through the form holds its place unconfirmed. */
	public Duration hold() {
		return hold;
	}

	/** Until when a hold made now lasts. */
	Instant until() {
		return clock.instant().plus(hold);
	}

	/**
	 * Frees every hold that lapsed, day by day.
	 *
	 * @return how many holds were freed
	 */
	@Scheduled(fixedDelayString = "${alliantie.conferences.hold-check-every:PT1M}", initialDelayString = "PT1M")
	public int releaseLapsed() {
		List<Long> days = jdbc.sql("""
				select distinct day_id from conferences_registration
				where confirmed_at is null and status in ('registered', 'waiting') and held_until <= :now
				""")
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.list();
		int freed = 0;
		for (long day : days) {
			freed += releaseLapsed(day);
		}
		return freed;
	}

	/** Frees the lapsed holds of one day, in a transaction of its own under the day's lock. */
	public int releaseLapsed(long dayId) {
		return transactions.execute(status -> {
			jdbc.sql("select id from conferences_day where id = :id for update").param("id", dayId).query(Long.class).optional();
			return releaseLapsedOn(dayId);
		});
	}

	/**
	 * Frees the lapsed holds of one day whose row the caller has locked: their places go to the
	 * confirmed people waiting longest.
	 */
	int releaseLapsedOn(long dayId) {
		record Lapsed(long id, RegistrationStatus status, WorkshopStatus workshopStatus, Long sessionId) {
		}
		Timestamp now = Timestamp.from(clock.instant());
		List<Lapsed> lapsed = jdbc.sql("""
				select id, status, workshop_status, session_id from conferences_registration
				where day_id = :day and confirmed_at is null and status in ('registered', 'waiting') and held_until <= :now
				order by arrival for update
				""")
			.param("day", dayId)
			.param("now", now)
			.query((rs, n) -> new Lapsed(rs.getLong(1), RegistrationStatus.ofCode(rs.getString(2)),
					WorkshopStatus.ofCode(rs.getString(3)), (Long) rs.getObject(4)))
			.list();
		if (lapsed.isEmpty()) {
			return 0;
		}
		jdbc.sql("""
				update conferences_registration set status = 'cancelled', workshop_status = 'none', cancelled_at = :now,
				  lapsed_at = :now, workshop_waiting_since = null
				where id in (:ids)
				""")
			.param("ids", lapsed.stream().map(Lapsed::id).toList())
			.param("now", now)
			.update();
		for (Lapsed one : lapsed) {
			if (one.workshopStatus() == WorkshopStatus.PLACED && one.status() == RegistrationStatus.REGISTERED) {
				waitingLists.releaseSession(one.sessionId());
			}
		}
		long seats = lapsed.stream().filter(one -> one.status() == RegistrationStatus.REGISTERED).count();
		if (seats > 0) {
			jdbc.sql("update conferences_day set taken = taken - :seats where id = :id").param("seats", seats).param("id", dayId).update();
			waitingLists.promoteOnDay(dayId);
		}
		return lapsed.size();
	}
}
