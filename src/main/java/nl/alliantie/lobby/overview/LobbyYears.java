package nl.alliantie.lobby.overview;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The years the public lobby pages have something to show for. */
@Component
class LobbyYears {

	private final JdbcClient jdbc;

	LobbyYears(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every year with a council letter, proposals to parliament or a published consultation with the
	 * state secretary, newest first: one query.
	 */
	List<Integer> all() {
		return jdbc.sql("""
				select year from lobby_campaign union select year from lobby_parliament_set
				union select cast(extract(year from held_on) as int) from lobby_meeting where published
				order by 1 desc limit 100
				""")
			.query(Integer.class)
			.list();
	}
}
