package nl.alliantie.conferences.registrations;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.calendar.CalendarEntry;
import nl.alliantie.shared.calendar.CalendarSource;

/**
 * The Alliantiedagen days in the site's one calendar, the same entries as their calendar files
 * (times from the day's first and last block): one query.
 */
@Component
class DayDates implements CalendarSource {

	private final JdbcClient jdbc;

	DayDates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<CalendarEntry> between(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select d.id, d.sequence, e.year, e.theme, e.title, d.number, d.date, d.town, d.venue, d.address,
				       d.region, b.first, b.last
				from conferences_day d join conferences_edition e on e.id = d.edition_id
				left join lateral (select min(starts_at) first, max(ends_at) last
				                   from conferences_day_block where day_id = d.id) b on true
				where d.date between :from and :to order by d.date, d.id
				""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				LocalTime first = rs.getObject(12, LocalTime.class);
				LocalTime last = rs.getObject(13, LocalTime.class);
				var facts = new CalendarFiles.Facts(rs.getObject(7, LocalDate.class),
						first == null ? LocalTime.of(10, 0) : first, last == null ? LocalTime.of(16, 0) : last,
						rs.getString(8), rs.getString(9), rs.getString(10));
				return CalendarFiles.entry(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
						rs.getString(5), facts, rs.getString(11), "/alliantiedagen/" + rs.getInt(3) + "/" + rs.getInt(6));
			})
			.list();
	}

	@Override
	public Set<String> changedOn() {
		return Set.of("conferences_changed");
	}
}
