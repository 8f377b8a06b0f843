package nl.alliantie.events.announcing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.conferences.OccasionId;
import nl.alliantie.conferences.Occasions;
import nl.alliantie.events.EventKind;

/**
 * Announcing, changing and cancelling events, each in one transaction with the conferences
 * module's places for it ({@link Occasions}, docs/adr/0031): a change that a calendar shows raises
 * the sequence and is mailed to the registrants with the new calendar file; a cancellation marks
 * both cancelled and mails them. Lists by date, a page at a time (the date index).
 */
@Service
public class EventStore {

	/** What the secretariat gives of an event. */
	public record Draft(EventKind kind, String title, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt, String venue,
			String address, String town, @Nullable String region, String program, int capacity, LocalDate closesOn) {
	}

	/**
	 * @param saved false when the capacity is below the places taken ({@code taken})
	 * @param mailed how many registrants were told of the change
	 */
	public record Changed(boolean saved, int taken, int mailed) {
	}

	static final String COLUMNS = """
			id, kind, title, held_on, starts_at, ends_at, venue, address, town, region, program, capacity, closes_on,
			status, sequence, occasion_id
			""";

	private final JdbcClient jdbc;

	private final Occasions occasions;

	EventStore(JdbcClient jdbc, Occasions occasions) {
		this.jdbc = jdbc;
		this.occasions = occasions;
	}

	/** Announces an event and opens registration for it; its id. */
	@Transactional
	public long announce(Draft draft) {
		long id = jdbc.sql("select nextval(pg_get_serial_sequence('events_event', 'id'))").query(Long.class).single();
		OccasionId occasion = occasions.open(new Occasions.Occasion(draft.title(), draft.heldOn(), draft.startsAt(),
				draft.endsAt(), draft.venue(), draft.address(), draft.town(), draft.region(), draft.capacity(),
				draft.closesOn(), Event.path(id), Event.calendarUid(id), 0));
		jdbc.sql("""
				insert into events_event (id, kind, title, held_on, starts_at, ends_at, venue, address, town, region, program,
				  capacity, closes_on, occasion_id)
				overriding system value
				values (:id, :kind, :title, :heldOn, :startsAt, :endsAt, :venue, :address, :town, :region, :program, :capacity,
				  :closesOn, :occasion)
				""")
			.param("id", id)
			.params(columns(draft))
			.param("occasion", occasion.value())
			.update();
		return id;
	}

	/**
	 * Saves new details; what a calendar shows (date, times, place, title) changing raises the
	 * sequence and mails everyone registered or waiting, once, with the new calendar file. Refused
	 * (nothing saved) when the capacity is below the places taken.
	 */
	@Transactional
	public Changed change(long id, Draft draft) {
		Event before = lock(id).orElseThrow(() -> new IllegalArgumentException("No event " + id));
		Event after = of(id, draft, before.status(), before.sequence(), before.occasion());
		int sequence = before.entry().fingerprint().equals(after.entry().fingerprint()) ? before.sequence()
				: before.sequence() + 1;
		Occasions.Changed changed = occasions.change(before.occasion(), after.occasion(sequence));
		if (!changed.saved()) {
			return new Changed(false, changed.taken(), 0);
		}
		jdbc.sql("""
				update events_event set kind = :kind, title = :title, held_on = :heldOn, starts_at = :startsAt, ends_at = :endsAt,
				  venue = :venue, address = :address, town = :town, region = :region, program = :program, capacity = :capacity,
				  closes_on = :closesOn, sequence = :sequence, changed_at = now()
				where id = :id
				""")
			.params(columns(draft))
			.param("sequence", sequence)
			.param("id", id)
			.update();
		return new Changed(true, changed.taken(), changed.mailed());
	}

	/**
	 * The event does not go ahead: cancelled (once) with a higher sequence, registration closed and
	 * everyone registered or waiting mailed with {@code message} and the cancelled calendar file.
	 *
	 * @return how many were mailed
	 */
	@Transactional
	public int cancel(long id, String message) {
		Event event = lock(id).orElseThrow(() -> new IllegalArgumentException("No event " + id));
		if (event.cancelled()) {
			return 0;
		}
		int sequence = event.sequence() + 1;
		jdbc.sql("""
				update events_event set status = :status, sequence = :sequence, cancelled_at = now(), changed_at = now()
				where id = :id
				""")
			.param("status", EventStatus.CANCELLED.code())
			.param("sequence", sequence)
			.param("id", id)
			.update();
		return occasions.cancel(event.occasion(), message, sequence);
	}

	public Optional<Event> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from events_event where id = :id")
			.param("id", id)
			.query((rs, n) -> event(rs))
			.optional();
	}

	/** Events on {@code from} or later, earliest first: a page of {@code size} (one more to tell whether a next page exists). */
	public List<Event> upcoming(LocalDate from, int page, int size) {
		return jdbc.sql("select " + COLUMNS + " from events_event where held_on >= :from order by held_on, id limit :limit offset :offset")
			.param("from", from)
			.param("limit", size + 1)
			.param("offset", (page - 1) * size)
			.query((rs, n) -> event(rs))
			.list();
	}

	/** Events before {@code before}, latest first, a page as {@link #upcoming}. */
	public List<Event> past(LocalDate before, int page, int size) {
		return jdbc.sql("select " + COLUMNS + " from events_event where held_on < :before order by held_on desc, id desc limit :limit offset :offset")
			.param("before", before)
			.param("limit", size + 1)
			.param("offset", (page - 1) * size)
			.query((rs, n) -> event(rs))
			.list();
	}

	/** All events, latest first, a page as {@link #upcoming} (the secretariat's list). */
	public List<Event> all(int page, int size) {
		return jdbc.sql("select " + COLUMNS + " from events_event order by held_on desc, id desc limit :limit offset :offset")
			.param("limit", size + 1)
			.param("offset", (page - 1) * size)
			.query((rs, n) -> event(rs))
			.list();
	}

	/** Every event on {@code from} up to and including {@code to}, for the calendar: one query. */
	public List<Event> between(LocalDate from, LocalDate to) {
		return jdbc.sql("select " + COLUMNS + " from events_event where held_on between :from and :to order by held_on, id")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> event(rs))
			.list();
	}

	private Optional<Event> lock(long id) {
		return jdbc.sql("select " + COLUMNS + " from events_event where id = :id for update")
			.param("id", id)
			.query((rs, n) -> event(rs))
			.optional();
	}

	private static Event of(long id, Draft d, EventStatus status, int sequence, OccasionId occasion) {
		return new Event(id, d.kind(), d.title(), d.heldOn(), d.startsAt(), d.endsAt(), d.venue(), d.address(), d.town(),
				d.region(), d.program(), d.capacity(), d.closesOn(), status, sequence, occasion);
	}

	static Event event(ResultSet rs) throws SQLException {
		return new Event(rs.getLong(1), EventKind.parse(rs.getString(2)).orElseThrow(), rs.getString(3),
				rs.getObject(4, LocalDate.class), rs.getObject(5, LocalTime.class), rs.getObject(6, LocalTime.class),
				rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getInt(12),
				rs.getObject(13, LocalDate.class), EventStatus.ofCode(rs.getString(14)), rs.getInt(15),
				new OccasionId(rs.getLong(16)));
	}

	/** The columns of an event as the secretariat writes them, by parameter name (insert and update). */
	private static java.util.Map<String, @org.jspecify.annotations.Nullable Object> columns(Draft draft) {
		java.util.Map<String, @org.jspecify.annotations.Nullable Object> columns = new java.util.HashMap<>();
		columns.put("kind", draft.kind().code());
		columns.put("title", draft.title());
		columns.put("heldOn", draft.heldOn());
		columns.put("startsAt", draft.startsAt());
		columns.put("endsAt", draft.endsAt());
		columns.put("venue", draft.venue());
		columns.put("address", draft.address());
		columns.put("town", draft.town());
		columns.put("region", draft.region());
		columns.put("program", draft.program());
		columns.put("capacity", draft.capacity());
		columns.put("closesOn", draft.closesOn());
		return columns;
	}
}
