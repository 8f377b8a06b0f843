package nl.alliantie.calendar.feeds;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.shared.calendar.CalendarEntry;

/**
 * The memory of the feeds: what each entry looked like when a feed last carried it. Entries of
 * modules that keep no sequence of their own (a newsletter's date, the council letter's send date)
 * get theirs here: raised each time what a calendar shows of it changes. An entry that a module
 * no longer gives (a day deleted, a meeting made private again) stays in the feed as cancelled, so
 * subscribed calendars remove it. Three statements, whatever the number of entries; feeds are
 * built one at a time (an advisory lock), so two never raise the same sequence twice.
 */
@Component
class PublishedEntries {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	PublishedEntries(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	/**
	 * The entries of {@code from} to {@code to} as a feed must carry them: each with its sequence,
	 * and the entries of that period that disappeared, as cancelled.
	 */
	@Transactional
	public List<CalendarEntry> remember(List<CalendarEntry> current, LocalDate from, LocalDate to) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('calendar_entry'))").query().singleValue();
		List<CalendarEntry> sorted = current.stream().sorted(Comparator.comparing(CalendarEntry::uid)).toList();
		Map<String, Integer> sequences = new HashMap<>();
		if (!sorted.isEmpty()) {
			jdbc.sql("""
					with incoming as (
					    select * from unnest(:uids, :sequences, :fingerprints, :kinds, :days, :starts, :ends, :titles,
					                         :places, :paths, :regions, :cancelled)
					        as t(uid, sequence, fingerprint, kind, day, starts, ends, title, place, path, region_key,
					             cancelled)),
					changed as (
					    insert into calendar_entry (uid, sequence, fingerprint, kind, day, starts, ends, title, place,
					                                path, region_key, cancelled, seen_at)
					    select uid, sequence, fingerprint, kind, day, starts, ends, title, place, path, region_key,
					           cancelled, :now from incoming
					    on conflict (uid) do update set
					        sequence = greatest(excluded.sequence, calendar_entry.sequence
					            + case when calendar_entry.fingerprint <> excluded.fingerprint then 1 else 0 end),
					        fingerprint = excluded.fingerprint, kind = excluded.kind, day = excluded.day,
					        starts = excluded.starts, ends = excluded.ends, title = excluded.title,
					        place = excluded.place, path = excluded.path, region_key = excluded.region_key,
					        cancelled = excluded.cancelled, seen_at = excluded.seen_at
					    where calendar_entry.fingerprint <> excluded.fingerprint
					       or calendar_entry.sequence < excluded.sequence
					    returning uid, sequence)
					select i.uid, coalesce(c.sequence, e.sequence, i.sequence)
					from incoming i left join changed c on c.uid = i.uid left join calendar_entry e on e.uid = i.uid
					""")
				.param("uids", array("text", sorted, CalendarEntry::uid))
				.param("sequences", array("int4", sorted, CalendarEntry::sequence))
				.param("fingerprints", array("text", sorted, CalendarEntry::fingerprint))
				.param("kinds", array("text", sorted, entry -> entry.kind().name()))
				.param("days", array("date", sorted, CalendarEntry::date))
				.param("starts", array("time", sorted, CalendarEntry::start))
				.param("ends", array("time", sorted, CalendarEntry::end))
				.param("titles", array("text", sorted, CalendarEntry::title))
				.param("places", array("text", sorted, CalendarEntry::place))
				.param("paths", array("text", sorted, CalendarEntry::path))
				.param("regions", array("text", sorted, CalendarEntry::regionKey))
				.param("cancelled", array("bool", sorted, CalendarEntry::cancelled))
				.param("now", Timestamp.from(clock.instant()))
				.query((rs, n) -> sequences.put(rs.getString(1), rs.getInt(2)))
				.list();
		}
		List<CalendarEntry> feed = new ArrayList<>(current.size());
		for (CalendarEntry entry : current) {
			feed.add(entry.withSequence(sequences.getOrDefault(entry.uid(), entry.sequence())));
		}
		feed.addAll(gone(sorted, from, to));
		return feed;
	}

	/** The entries of the period the modules no longer give: marked cancelled once, then kept so. */
	private List<CalendarEntry> gone(List<CalendarEntry> current, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				with gone as (
				    update calendar_entry set cancelled = true, sequence = sequence + 1,
				        fingerprint = fingerprint || ' (gone)', seen_at = :now
				    where day between :from and :to and not cancelled and uid <> all(:uids)
				    returning uid, sequence, kind, day, starts, ends, title, place, path, region_key)
				select * from gone
				union all
				select uid, sequence, kind, day, starts, ends, title, place, path, region_key from calendar_entry
				where day between :from and :to and cancelled and uid <> all(:uids)
				""")
			.param("from", from)
			.param("to", to)
			.param("uids", array("text", current, CalendarEntry::uid))
			.param("now", Timestamp.from(clock.instant()))
			.query((rs, n) -> new CalendarEntry(rs.getString(1), rs.getInt(2),
					CalendarEntry.Kind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
					rs.getObject(5, LocalTime.class), rs.getObject(6, LocalTime.class), rs.getString(7),
					rs.getString(8), "", rs.getString(9), rs.getString(10), true))
			.list();
	}

	private <T> Array array(String type, List<CalendarEntry> entries, java.util.function.Function<CalendarEntry, T> field) {
		Object[] values = new Object[entries.size()];
		for (int i = 0; i < values.length; i++) {
			Object value = field.apply(entries.get(i));
			values[i] = value instanceof LocalDate date ? java.sql.Date.valueOf(date)
					: value instanceof LocalTime time ? java.sql.Time.valueOf(time) : value;
		}
		return template.execute((java.sql.Connection connection) -> connection.createArrayOf(type, values));
	}
}
