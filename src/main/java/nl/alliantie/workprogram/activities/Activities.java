package nl.alliantie.workprogram.activities;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The activities of the work programs; a year holds a few dozen, so a year is read in one query. */
@Component
public class Activities {

	/** Most activities a year's program may hold (the page lists them all). */
	public static final int MAX_PER_YEAR = 200;

	/** What the secretariat writes of an activity. */
	public record Details(int year, String title, String description, String carrier, String period,
			ActivityState state, @Nullable ProgressSource source) {
	}

	public static class YearFull extends RuntimeException {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Activities(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Clock clock() {
		return clock;
	}

	public List<Activity> ofYear(int year) {
		return jdbc.sql("select " + COLUMNS + " from workprogram_activity where year = :year order by id limit :max")
			.param("year", year)
			.param("max", MAX_PER_YEAR)
			.query(Activities::map)
			.list();
	}

	public Optional<Activity> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from workprogram_activity where id = :id")
			.param("id", id)
			.query(Activities::map)
			.optional();
	}

	/** The years that have a program, newest first. */
	public List<Integer> years() {
		return jdbc.sql("select distinct year from workprogram_activity order by year desc").query(Integer.class).list();
	}

	@Transactional
	public long create(Details details) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('workprogram_activity'), :year)")
			.param("year", details.year())
			.query()
			.singleValue();
		int held = jdbc.sql("select count(*) from workprogram_activity where year = :year")
			.param("year", details.year())
			.query(Integer.class)
			.single();
		if (held >= MAX_PER_YEAR) {
			throw new YearFull();
		}
		return jdbc.sql("""
				insert into workprogram_activity (year, title, description, carrier, period, state, source)
				values (:year, :title, :description, :carrier, :period, :state, :source) returning id
				""")
			.params(params(details))
			.query(Long.class)
			.single();
	}

	public boolean update(long id, Details details) {
		return jdbc.sql("""
				update workprogram_activity set title = :title, description = :description, carrier = :carrier,
				       period = :period, state = :state, source = :source where id = :id
				""")
			.params(params(details))
			.param("id", id)
			.update() == 1;
	}

	public boolean delete(long id) {
		return jdbc.sql("delete from workprogram_activity where id = :id").param("id", id).update() == 1;
	}

	private static java.util.Map<String, Object> params(Details d) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("year", d.year());
		params.put("title", d.title());
		params.put("description", d.description());
		params.put("carrier", d.carrier());
		params.put("period", d.period());
		params.put("state", d.state().name());
		params.put("source", d.source() == null ? null : d.source().name());
		return params;
	}

	private static final String COLUMNS = "id, year, title, description, carrier, period, state, source";

	private static Activity map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String source = rs.getString(8);
		return new Activity(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), ActivityState.valueOf(rs.getString(7)), source == null ? null : ProgressSource.valueOf(source));
	}
}
