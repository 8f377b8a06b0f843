package nl.alliantie.conferences.registrations;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.figures.YearFigure;
import nl.alliantie.shared.figures.YearFigureSource;

/** The Alliantiedagen days of a year held (of planned) and their registrations (seats taken). One query. */
@Component
class DayFigures implements YearFigureSource {

	private final JdbcClient jdbc;

	DayFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<YearFigure> of(int year, LocalDate today) {
		return jdbc.sql("""
				select count(*) filter (where date <= :today), count(*), coalesce(sum(taken), 0)
				from conferences_day where edition_id is not null and date between make_date(:year, 1, 1) and make_date(:year, 12, 31)
				""")
			.param("year", year)
			.param("today", today)
			.query((rs, n) -> List.of(YearFigure.of(YearFigure.Kind.ALLIANTIEDAGEN_DAYS, rs.getInt(1), rs.getInt(2)),
					YearFigure.of(YearFigure.Kind.REGISTRATIONS, rs.getInt(3))))
			.single();
	}

	@Override
	public Set<String> changedOn() {
		return Set.of("conferences_changed");
	}
}
