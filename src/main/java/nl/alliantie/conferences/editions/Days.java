package nl.alliantie.conferences.editions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day aggregate: one day of an edition with its own copy of the program (day blocks with their
 * speakers), the workshops offered on it (sessions, each with its capacity) and its places. Every
 * change to a day's places locks the day's row first ({@link #lockDay(long)}).
 */
@Service
public class Days {

	static final String DAY_COLUMNS = """
			d.id, d.edition_id, e.year, d.number, d.date, d.town, d.venue, d.address, d.region, d.capacity, d.taken,
			(select count(*) from conferences_registration r where r.day_id = d.id and r.status = 'waiting') as waiting,
			d.sequence
			""";

	static final String SESSION_COLUMNS = """
			s.id, s.day_id, s.workshop_id, w.number, w.title, w.facilitator, s.capacity, s.minimum, s.taken,
			(select count(*) from conferences_registration r
			 where r.session_id = s.id and r.workshop_status = 'waiting' and r.status = 'registered') as waiting
			""";

	private final JdbcClient jdbc;

	private final PublicViews kept;

	Days(JdbcClient jdbc, PublicViews kept) {
		this.jdbc = jdbc;
		this.kept = kept;
	}

	public Optional<Day> dayOf(int year, int number) {
		return jdbc.sql("select " + DAY_COLUMNS + " from conferences_day d join conferences_edition e on e.id = d.edition_id where e.year = :year and d.number = :number")
			.param("year", year)
			.param("number", number)
			.query(Days::day)
			.optional();
	}

	public Optional<Day> dayById(long dayId) {
		return jdbc.sql("select " + DAY_COLUMNS + " from conferences_day d join conferences_edition e on e.id = d.edition_id where d.id = :id")
			.param("id", dayId)
			.query(Days::day)
			.optional();
	}

	public Optional<Session> session(long sessionId) {
		return jdbc.sql("select " + SESSION_COLUMNS + " from conferences_session s join conferences_workshop w on w.id = s.workshop_id where s.id = :id")
			.param("id", sessionId)
			.query(Days::session)
			.optional();
	}

	public List<Day> days(long editionId) {
		return jdbc.sql("select " + DAY_COLUMNS + " from conferences_day d join conferences_edition e on e.id = d.edition_id where d.edition_id = :id order by d.date, d.number")
			.param("id", editionId)
			.query(Days::day)
			.list();
	}

	public List<Session> sessionsOfEdition(long editionId) {
		return jdbc.sql("select " + SESSION_COLUMNS + """
				 from conferences_session s join conferences_workshop w on w.id = s.workshop_id
				where w.edition_id = :id order by s.day_id, w.number
				""")
			.param("id", editionId)
			.query(Days::session)
			.list();
	}

	public List<Session> sessionsOfDay(long dayId) {
		return jdbc.sql("select " + SESSION_COLUMNS + """
				 from conferences_session s join conferences_workshop w on w.id = s.workshop_id
				where s.day_id = :id order by w.number
				""")
			.param("id", dayId)
			.query(Days::session)
			.list();
	}

	public List<DayBlock> dayBlocks(long dayId) {
		Map<Long, List<Speaker>> speakers = new LinkedHashMap<>();
		jdbc.sql("""
				select s.id, s.day_block_id, s.name, s.organisation, s.title, s.bio
				from conferences_speaker s join conferences_day_block b on b.id = s.day_block_id
				where b.day_id = :id order by s.id
				""")
			.param("id", dayId)
			.query((rs, n) -> new Speaker(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6)))
			.list()
			.forEach(speaker -> speakers.computeIfAbsent(speaker.dayBlockId(), k -> new ArrayList<>()).add(speaker));
		return jdbc.sql("select id, position, kind, title, starts_at, ends_at from conferences_day_block where day_id = :id order by position")
			.param("id", dayId)
			.query((rs, n) -> new DayBlock(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalTime.class), rs.getObject(6, LocalTime.class),
					List.copyOf(speakers.getOrDefault(rs.getLong(1), List.of()))))
			.list();
	}

	/** A new day; the program template is copied to it. Returns its number within the edition. */
	@Transactional
	public int addDay(long editionId, @Nullable LocalDate date, String town, String venue, String address, String region,
			int capacity) {
		kept.forget();
		jdbc.sql("select id from conferences_edition where id = :id for update").param("id", editionId).query(Long.class).single();
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from conferences_day where edition_id = :id")
			.param("id", editionId)
			.query(Integer.class)
			.single();
		long dayId = jdbc.sql("""
				insert into conferences_day (edition_id, number, date, town, venue, address, region, capacity)
				values (:edition, :number, :date, :town, :venue, :address, :region, :capacity) returning id
				""")
			.param("edition", editionId)
			.param("number", number)
			.param("date", date)
			.param("town", town.trim())
			.param("venue", venue.trim())
			.param("address", address.trim())
			.param("region", region == null || region.isBlank() ? null : region.trim())
			.param("capacity", capacity)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into conferences_day_block (day_id, position, kind, title, starts_at, ends_at)
				select :day, position, kind, title, starts_at, ends_at from conferences_block where edition_id = :edition
				""")
			.param("day", dayId)
			.param("edition", editionId)
			.update();
		return number;
	}

	/** Adds a speaker to a block of a day; false when the block is not of that day. */
	public boolean addSpeaker(long dayId, long dayBlockId, String name, String organisation, String title, String bio) {
		kept.forget();
		return jdbc.sql("""
				insert into conferences_speaker (day_block_id, name, organisation, title, bio)
				select b.id, :name, :organisation, :title, :bio from conferences_day_block b where b.id = :block and b.day_id = :day
				""")
			.param("block", dayBlockId)
			.param("day", dayId)
			.param("name", name.trim())
			.param("organisation", blankToEmpty(organisation))
			.param("title", blankToEmpty(title))
			.param("bio", blankToEmpty(bio))
			.update() == 1;
	}

	/** Offers a workshop of the day's edition on that day; false when it is already offered or not of this edition. */
	public boolean offerWorkshop(long dayId, long workshopId, int capacity, int minimum) {
		kept.forget();
		return jdbc.sql("""
				insert into conferences_session (day_id, workshop_id, capacity, minimum)
				select d.id, w.id, :capacity, :minimum from conferences_day d
				join conferences_workshop w on w.edition_id = d.edition_id
				where d.id = :day and w.id = :workshop
				on conflict (day_id, workshop_id) do nothing
				""")
			.param("day", dayId)
			.param("workshop", workshopId)
			.param("capacity", capacity)
			.param("minimum", minimum)
			.update() == 1;
	}

	/**
	 * Changes date, town, venue, address and region of a day; the caller holds the day's lock, and
	 * tells the registrants when the calendar facts changed (see {@code registrations.DayChanges}).
	 */
	public void updateDay(long dayId, LocalDate date, String town, String venue, String address, @Nullable String region) {
		kept.forget();
		jdbc.sql("""
				update conferences_day set date = :date, town = :town, venue = :venue, address = :address, region = :region
				where id = :id
				""")
			.param("date", date)
			.param("town", town.trim())
			.param("venue", venue.trim())
			.param("address", address.trim())
			.param("region", region == null || region.isBlank() ? null : region.trim())
			.param("id", dayId)
			.update();
	}

	/** Locks a day the way every registration does first; the day's places, or empty when it is gone. */
	public Optional<Integer> lockDay(long dayId) {
		return jdbc.sql("select taken from conferences_day where id = :id for update")
			.param("id", dayId)
			.query(Integer.class)
			.optional();
	}

	/** Locks every day of an edition, in the order of their ids; returns their ids. */
	public List<Long> lockDaysOf(long editionId) {
		return jdbc.sql("select id from conferences_day where edition_id = :id order by id for update")
			.param("id", editionId)
			.query(Long.class)
			.list();
	}

	/** Removes a day nobody is registered or waiting for (cancelled registrations go with it). */
	@Transactional
	public Removal deleteDay(long dayId) {
		if (lockDay(dayId).isEmpty()) {
			return Removal.done();
		}
		int active = jdbc.sql("select count(*) from conferences_registration where day_id = :id and status <> 'cancelled'")
			.param("id", dayId)
			.query(Integer.class)
			.single();
		if (active > 0) {
			return Removal.refused(active);
		}
		removeDay(dayId);
		return Removal.done();
	}

	/**
	 * Removes a locked day with everything of it. Only for a day nobody is registered for any more,
	 * or whose registrants have just been told it does not go ahead.
	 */
	public void removeDay(long dayId) {
		kept.forget();
		jdbc.sql("delete from conferences_day where id = :id").param("id", dayId).update();
	}

	/** Takes a workshop off one day; refused while anybody registered or waiting for that day chose it there. */
	@Transactional
	public Removal withdrawSession(long dayId, long sessionId) {
		if (lockDay(dayId).isEmpty()) {
			return Removal.done();
		}
		int active = jdbc.sql("""
				select count(*) from conferences_registration
				where day_id = :day and status <> 'cancelled' and :session in (first_choice, second_choice, session_id)
				""")
			.param("day", dayId)
			.param("session", sessionId)
			.query(Integer.class)
			.single();
		if (active > 0) {
			return Removal.refused(active);
		}
		kept.forget();
		jdbc.sql("delete from conferences_session where id = :id and day_id = :day").param("id", sessionId).param("day", dayId).update();
		return Removal.done();
	}


	private static String blankToEmpty(String text) {
		return text == null ? "" : text.trim();
	}

	static Day day(ResultSet rs, int n) throws SQLException {
		return new Day(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getObject(5, LocalDate.class),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10), rs.getInt(11),
				rs.getInt(12), rs.getInt(13));
	}

	static Session session(ResultSet rs, int n) throws SQLException {
		return new Session(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getString(5), rs.getString(6),
				rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10));
	}
}

