package nl.alliantie.signals.handling;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The list of themes the secretariat keeps. */
@Component
public class Themes {

	public record Theme(String key, String name) {
	}

	private final JdbcClient jdbc;

	Themes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Theme> all() {
		return jdbc.sql("select key, name from signals_theme order by position, key").query(Theme.class).list();
	}

	public Map<String, String> names() {
		return all().stream().collect(Collectors.toMap(Theme::key, Theme::name));
	}

	/** Only the known keys of {@code keys}, in the list's order. */
	public List<String> known(List<String> keys) {
		if (keys == null) {
			return List.of();
		}
		return all().stream().map(Theme::key).filter(keys::contains).toList();
	}
}
