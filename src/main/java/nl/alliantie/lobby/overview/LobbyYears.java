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

	/** Every year with a council letter or proposals to parliament, newest first: one query. */
	List<Integer> all() {
		return jdbc.sql("""
				select year from lobby_campaign union select year from lobby_parliament_set
				order by 1 desc limit 100
				""")
			.query(Integer.class)
			.list();
	}
}
