package nl.alliantie.consultations.planning;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.figures.YearFigure;
import nl.alliantie.shared.figures.YearFigureSource;
import nl.alliantie.shared.time.DutchTime;

/** The regional consultations of a year held (started before today) of planned, cancelled ones left out. One query. */
@Component
class ConsultationFigures implements YearFigureSource {

	private final JdbcClient jdbc;

	ConsultationFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<YearFigure> of(int year, LocalDate today) {
		return jdbc.sql("""
				select count(*) filter (where starts_at < :today), count(*) from consultations_consultation
				where starts_at >= :from and starts_at < :until and status <> 'GEANNULEERD'
				""")
			.param("today", Timestamp.from(today.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant()))
			.param("from", Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(DutchTime.ZONE).toInstant()))
			.param("until", Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(DutchTime.ZONE).toInstant()))
			.query((rs, n) -> List.of(YearFigure.of(YearFigure.Kind.REGIONAL_CONSULTATIONS, rs.getInt(1), rs.getInt(2))))
			.single();
	}

	@Override
	public Set<String> changedOn() {
		return Set.of("consultations_changed");
	}
}
