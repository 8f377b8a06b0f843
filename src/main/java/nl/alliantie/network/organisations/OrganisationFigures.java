package nl.alliantie.network.organisations;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.figures.YearFigure;
import nl.alliantie.shared.figures.YearFigureSource;

/**
 * The member organisations for the year report: those that are members now (the register keeps no
 * history of joining). One query.
 */
@Component
class OrganisationFigures implements YearFigureSource {

	private final JdbcClient jdbc;

	OrganisationFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<YearFigure> of(int year, LocalDate today) {
		int members = jdbc.sql("select count(*) from network_organisation where status = 'AANGESLOTEN'")
			.query(Integer.class)
			.single();
		return List.of(YearFigure.of(YearFigure.Kind.ORGANISATIONS, members));
	}

	@Override
	public Set<String> changedOn() {
		return Set.of("network_changed");
	}
}
