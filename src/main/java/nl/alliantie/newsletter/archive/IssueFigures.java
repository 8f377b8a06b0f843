package nl.alliantie.newsletter.archive;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.figures.YearFigure;
import nl.alliantie.shared.figures.YearFigureSource;

/** The newsletter issues of a year sent, of those planned. One query. */
@Component
class IssueFigures implements YearFigureSource {

	private final JdbcClient jdbc;

	IssueFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<YearFigure> of(int year, LocalDate today) {
		return jdbc.sql("select count(*) filter (where status = 'SENT'), count(*) from newsletter_issue where year = :year")
			.param("year", year)
			.query((rs, n) -> List.of(YearFigure.of(YearFigure.Kind.NEWSLETTER_ISSUES, rs.getInt(1), rs.getInt(2))))
			.single();
	}

	@Override
	public Set<String> changedOn() {
		return Set.of("newsletter_changed");
	}
}
