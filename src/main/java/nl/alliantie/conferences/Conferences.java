package nl.alliantie.conferences;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What other modules may read about the Alliantiedagen: the days, for a calendar or a home page. */
@Component
public class Conferences {

	/** One day as other modules see it. */
	public record DaySummary(DayId id, int year, int number, LocalDate date, String town, String venue, String region,
			int capacity, int registered) {

		public String path() {
			return "/alliantiedagen/" + year + "/" + number;
		}
	}

	private final JdbcClient jdbc;

	Conferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The days from {@code from} on, earliest first, at most {@code limit}. */
	public List<DaySummary> daysFrom(LocalDate from, int limit) {
		return jdbc.sql("""
				select d.id, e.year, d.number, d.date, d.town, d.venue, d.region, d.capacity, d.taken
				from conferences_day d join conferences_edition e on e.id = d.edition_id
				where d.date >= :from order by d.date, d.id limit :limit
				""")
			.param("from", from)
			.param("limit", limit)
			.query((rs, n) -> new DaySummary(new DayId(rs.getLong(1)), rs.getInt(2), rs.getInt(3),
					rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8),
					rs.getInt(9)))
			.list();
	}
}
