package nl.alliantie.lobby.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.figures.YearFigure;
import nl.alliantie.shared.figures.YearFigureSource;

/**
 * The lobby's figures of a year: council letters sent (of the year's campaign's letters), councils
 * that responded (received, on the agenda, discussed, motion passed) of those sent, consultations
 * with the state secretary held (of those planned that year). One query.
 */
@Component
class LobbyFigures implements YearFigureSource {

	private final JdbcClient jdbc;

	LobbyFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<YearFigure> of(int year, LocalDate today) {
		return jdbc.sql("""
				select count(l.municipality) filter (where l.state = 'QUEUED'),
				       count(l.municipality),
				       count(l.municipality) filter (where l.state = 'QUEUED'
				           and l.response in ('RECEIVED', 'ON_AGENDA', 'DISCUSSED', 'MOTION_PASSED')),
				       (select count(*) filter (where held_on <= :today) from lobby_meeting
				        where held_on between make_date(:year, 1, 1) and make_date(:year, 12, 31)),
				       (select count(*) from lobby_meeting
				        where held_on between make_date(:year, 1, 1) and make_date(:year, 12, 31))
				from (select :year as year) y
				left join lobby_campaign c on c.year = y.year
				left join lobby_letter l on l.campaign_id = c.id
				""")
			.param("year", year)
			.param("today", today)
			.query((rs, n) -> List.of(YearFigure.of(YearFigure.Kind.LETTERS_SENT, rs.getInt(1), rs.getInt(2)),
					YearFigure.of(YearFigure.Kind.LETTER_RESPONSES, rs.getInt(3), rs.getInt(1)),
					YearFigure.of(YearFigure.Kind.STATE_SECRETARY_CONSULTATIONS, rs.getInt(4), rs.getInt(5))))
			.single();
	}

	@Override
	public Set<String> changedOn() {
		return Set.of("lobby_changed");
	}
}
