package nl.alliantie.lobby.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.calendar.CalendarEntry;
import nl.alliantie.shared.calendar.CalendarFile;
import nl.alliantie.shared.calendar.CalendarSource;

/**
 * The lobby's dates in the site's one calendar: the day the council letter goes to the councils,
 * and the consultations with the state secretary once the secretariat made them public. One query.
 */
@Component
class LobbyDates implements CalendarSource {

	private final JdbcClient jdbc;

	private final CalendarFile files;

	LobbyDates(JdbcClient jdbc, CalendarFile files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	@Override
	public List<CalendarEntry> between(LocalDate from, LocalDate to) {
		String host = files.host();
		return jdbc.sql("""
				select 'letter', year, send_on, title from lobby_campaign where send_on between :from and :to
				union all
				select 'meeting', id, held_on, title from lobby_meeting
				where published and held_on between :from and :to
				order by 3, 2
				""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> "letter".equals(rs.getString(1))
					? new CalendarEntry("raadsbrief-" + rs.getLong(2) + "@" + host, 0, CalendarEntry.Kind.COUNCIL_LETTER,
							rs.getObject(3, LocalDate.class), null, null,
							"Raadsbrief " + rs.getLong(2) + " gaat naar de gemeenteraden", "", rs.getString(4),
							"/lobby/" + rs.getLong(2), null, false)
					: new CalendarEntry("staatssecretaris-" + rs.getLong(2) + "@" + host, 0,
							CalendarEntry.Kind.STATE_SECRETARY, rs.getObject(3, LocalDate.class), null, null,
							"Overleg met de staatssecretaris: " + rs.getString(4), "", "",
							"/lobby/staatssecretaris/" + rs.getLong(2), null, false))
			.list();
	}

	@Override
	public Set<String> changedOn() {
		return Set.of("lobby_changed");
	}
}
