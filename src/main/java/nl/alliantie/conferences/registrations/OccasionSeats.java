package nl.alliantie.conferences.registrations;

import org.jspecify.annotations.Nullable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.conferences.editions.Days;

/**
 * The places of an occasion: what another module holds (a one-off event) and lets people register
 * for through this module's registration (docs/adr/0031). An occasion is a {@code conferences_day}
 * row without an edition; everything else — the lock order, holds, waiting list, mails, personal
 * link, calendar file, erasure and retention — is the Alliantiedag's. The owner keeps its facts and
 * its calendar sequence; a change of date, time or place is mailed to everyone registered or
 * waiting with the new file, a cancellation with the file marked cancelled.
 */
@Service
public class OccasionSeats {

	/** What the owner says of its occasion. */
	public record Facts(String title, LocalDate date, LocalTime start, LocalTime end, String venue, String address,
			String town, @Nullable String region, int capacity, LocalDate closesOn, String path, String calendarUid, int sequence) {
	}

	/** Places of an occasion: {@code taken} of {@code capacity}, and how many wait. */
	public record Places(int capacity, int taken, int waiting) {
	}

	/**
	 * @param saved false when the capacity was below the places taken (nothing changed)
	 * @param mailed how many registrants were told of a new date, time or place
	 */
	public record Changed(boolean saved, int taken, int mailed) {
	}

	private final JdbcClient jdbc;

	private final Days days;

	private final RegistrationNotices notices;

	private final WaitingLists waitingLists;

	private final CalendarFiles calendars;

	OccasionSeats(JdbcClient jdbc, Days days, RegistrationNotices notices, WaitingLists waitingLists,
			CalendarFiles calendars) {
		this.jdbc = jdbc;
		this.days = days;
		this.notices = notices;
		this.waitingLists = waitingLists;
		this.calendars = calendars;
	}

	/** Opens the places of a new occasion; its id. */
	@Transactional
	public long open(Facts facts) {
		return jdbc.sql("""
				insert into conferences_day (edition_id, number, date, town, venue, address, region, capacity, title, path,
				  calendar_uid, starts_at, ends_at, closes_on, sequence)
				values (null, 0, :date, :town, :venue, :address, :region, :capacity, :title, :path, :uid, :start, :end,
				  :closes, :sequence)
				returning id
				""")
			.param("date", facts.date())
			.param("town", facts.town())
			.param("venue", facts.venue())
			.param("address", facts.address())
			.param("region", facts.region())
			.param("capacity", facts.capacity())
			.param("title", facts.title())
			.param("path", facts.path())
			.param("uid", facts.calendarUid())
			.param("start", facts.start())
			.param("end", facts.end())
			.param("closes", facts.closesOn())
			.param("sequence", facts.sequence())
			.query(Long.class)
			.single();
	}

	/**
	 * Saves the occasion's facts under its lock; when what a calendar shows changed, everyone
	 * registered or waiting is mailed once (with the new file for those with a place). A higher
	 * capacity gives the new places to those waiting; one below the places taken is refused.
	 */
	@Transactional
	public Changed change(long id, Facts facts) {
		int taken = days.lockDay(id).orElseThrow(() -> new IllegalArgumentException("No occasion " + id));
		if (facts.capacity() < taken) {
			return new Changed(false, taken, 0);
		}
		Optional<String> before = calendars.occasion(id).map(entry -> entry.fingerprint());
		jdbc.sql("""
				update conferences_day set date = :date, town = :town, venue = :venue, address = :address, region = :region,
				  title = :title, starts_at = :start, ends_at = :end, closes_on = :closes,
				  sequence = greatest(sequence, :sequence)
				where id = :id and edition_id is null
				""")
			.param("date", facts.date())
			.param("town", facts.town())
			.param("venue", facts.venue())
			.param("address", facts.address())
			.param("region", facts.region())
			.param("title", facts.title())
			.param("start", facts.start())
			.param("end", facts.end())
			.param("closes", facts.closesOn())
			.param("sequence", facts.sequence())
			.param("id", id)
			.update();
		var after = calendars.occasion(id).orElseThrow();
		int mailed = before.isPresent() && before.get().equals(after.fingerprint()) ? 0
				: notices.mailChanged(id, DayChanges.HOURS.format(facts.start()) + "–" + DayChanges.HOURS.format(facts.end()),
						after.sequence());
		waitingLists.changeDayCapacity(id, facts.capacity());
		return new Changed(true, taken, mailed);
	}

	/**
	 * The occasion does not go ahead: marked cancelled at {@code sequence} (no more registrations),
	 * everyone registered or waiting mailed once with {@code message} and the cancelled calendar
	 * file. The registrations stay, for the counts. Cancelling twice mails nobody again.
	 *
	 * @return how many were mailed
	 */
	@Transactional
	public int cancel(long id, String message, int sequence) {
		if (days.lockDay(id).isEmpty()) {
			return 0;
		}
		String path = jdbc.sql("""
				update conferences_day set cancelled_at = coalesce(cancelled_at, now()), sequence = greatest(sequence, :sequence)
				where id = :id and edition_id is null returning path
				""")
			.param("sequence", sequence)
			.param("id", id)
			.query(String.class)
			.single();
		return notices.mailDayCancelled(id, message, path);
	}

	/** The places of these occasions, in one query. */
	public Map<Long, Places> places(Collection<Long> ids) {
		Map<Long, Places> places = new HashMap<>();
		if (ids.isEmpty()) {
			return places;
		}
		jdbc.sql("""
				select d.id, d.capacity, d.taken, (select count(*) from conferences_registration r
				  where r.day_id = d.id and r.status = 'waiting')
				from conferences_day d where d.id in (:ids)
				""")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong(1), new Places(rs.getInt(2), rs.getInt(3), rs.getInt(4))))
			.list()
			.forEach(entry -> places.put(entry.getKey(), entry.getValue()));
		return places;
	}

	/** The occasion's calendar file as it is now: the download on its page, the same as in the mails. */
	public String calendarFile(long id) {
		return notices.calendarOf(id);
	}
}
