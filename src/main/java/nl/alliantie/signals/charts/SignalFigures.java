package nl.alliantie.signals.charts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.figures.YearFigure;
import nl.alliantie.shared.figures.YearFigureSource;

/** The published signals seen in a year, from the kept figures (four summary rows, docs/adr/0013). */
@Component
class SignalFigures implements YearFigureSource {

	private final JdbcClient jdbc;

	SignalFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<YearFigure> of(int year, LocalDate today) {
		int signals = jdbc.sql("""
				select coalesce(sum(count), 0) from signals_figure
				where theme = '' and quarter between make_date(:year, 1, 1) and make_date(:year, 12, 31)
				""")
			.param("year", year)
			.query(Integer.class)
			.single();
		return List.of(YearFigure.of(YearFigure.Kind.SIGNALS, signals));
	}

	@Override
	public Set<String> changedOn() {
		return Set.of("signals_changed");
	}
}
