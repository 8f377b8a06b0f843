package nl.alliantie.agendas.pages;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.figures.YearFigure;
import nl.alliantie.shared.figures.YearFigureSource;

/** The local social agendas of a year and their steps reached (kept counts per agenda). One query. */
@Component
class AgendaFigures implements YearFigureSource {

	private final JdbcClient jdbc;

	AgendaFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<YearFigure> of(int year, LocalDate today) {
		return jdbc.sql("select count(*), coalesce(sum(reached), 0) from agendas_agenda where year = :year")
			.param("year", year)
			.query((rs, n) -> List.of(YearFigure.of(YearFigure.Kind.AGENDAS, rs.getInt(1)),
					YearFigure.of(YearFigure.Kind.STEPS_REACHED, rs.getInt(2))))
			.single();
	}

	@Override
	public Set<String> changedOn() {
		return Set.of("agendas_changed");
	}
}
