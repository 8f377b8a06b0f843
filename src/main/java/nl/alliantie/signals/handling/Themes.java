package nl.alliantie.signals.handling;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The list of themes the secretariat keeps, held in memory: every overview page needs it and it
 * changes a few times a year. A change through this class is seen at once; one made by another
 * instance on the same database within a minute.
 */
@Component
public class Themes {

	public record Theme(String key, String name) {
	}

	private record Snapshot(List<Theme> themes, Map<String, String> names, long loadedAt) {
	}

	private static final long MAX_AGE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);

	private final JdbcClient jdbc;

	private volatile Snapshot snapshot;

	Themes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Theme> all() {
		return snapshot().themes();
	}

	/** Theme names by key. */
	public Map<String, String> names() {
		return snapshot().names();
	}

	/** Reads the list again; call after a change. */
	public void reload() {
		snapshot = load();
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null || System.nanoTime() - current.loadedAt() > MAX_AGE_NANOS) {
			current = load();
			snapshot = current;
		}
		return current;
	}

	private Snapshot load() {
		List<Theme> themes = jdbc.sql("select key, name from signals_theme order by position, key").query(Theme.class).list();
		return new Snapshot(List.copyOf(themes), Map.copyOf(themes.stream().collect(Collectors.toMap(Theme::key, Theme::name))),
				System.nanoTime());
	}

	/** Only the known keys of {@code keys}, in the list's order. */
	public List<String> known(List<String> keys) {
		if (keys == null) {
			return List.of();
		}
		return all().stream().map(Theme::key).filter(keys::contains).toList();
	}
}
