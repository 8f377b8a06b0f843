package nl.alliantie.signals.handling;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.memory.Kept;

/**
 * The list of themes the secretariat keeps, held in memory: every overview page needs it and it
 * changes a few times a year. A change through this class is seen at once; one made by another
 * instance on the same database within a minute.
 */
@Component
public class Themes {

	/** {@code nameEn}: the English name, {@code null} when the secretariat gave none (the Dutch name shows). */
	public record Theme(String key, String name, String nameEn) {

		/** The name in the reader's language: the English one on English pages when there is one. */
		public String name(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
		}
	}

	private record Snapshot(List<Theme> themes, Map<String, String> names, Map<String, String> englishNames) {
	}

	private final JdbcClient jdbc;

	private final Kept<Snapshot> snapshot = new Kept<>(java.time.Duration.ofMinutes(1), this::load);

	Themes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Theme> all() {
		return snapshot().themes();
	}

	/** Theme names by key, in Dutch. */
	public Map<String, String> names() {
		return snapshot().names();
	}

	/** Theme names by key in the reader's language ({@link Theme#name(java.util.Locale)}). */
	public Map<String, String> names(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? snapshot().englishNames() : snapshot().names();
	}

	/** Why a change to the list was refused; {@code field} is the form field it is about. */
	public static final class Refused extends RuntimeException {

		private final String field;

		private final String messageKey;

		Refused(String field, String messageKey) {
			super(messageKey);
			this.field = field;
			this.messageKey = messageKey;
		}

		public String field() {
			return field;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	public static final int MAX_NAME = 60;

	/** Adds a theme at the end of the list; returns its key. {@code nameEn} may be blank. */
	@org.springframework.transaction.annotation.Transactional
	public String add(String name, String nameEn) {
		String clean = checkedName("naam", name);
		String english = checkedEnglishName("engels", nameEn);
		String key = keyFor(clean);
		if (key.isEmpty()) {
			throw new Refused("naam", "signals.themes.name.letters");
		}
		boolean taken = all().stream().anyMatch(t -> t.key().equals(key) || t.name().equalsIgnoreCase(clean));
		int added = taken ? 0 : jdbc.sql("""
				insert into signals_theme (key, name, name_en, position)
				values (:key, :name, :nameEn, (select coalesce(max(position), 0) + 1 from signals_theme))
				on conflict do nothing
				""").param("key", key).param("name", clean).param("nameEn", english).update();
		if (added == 0) {
			throw new Refused("naam", "signals.themes.name.taken");
		}
		snapshot.reloadAfterCommit();
		return key;
	}

	/**
	 * Gives a theme another name and English name ({@code null}: the English name stays as it is,
	 * blank: none); its key, and so every signal's theme, stays.
	 */
	@org.springframework.transaction.annotation.Transactional
	public void rename(String key, String name, @Nullable String nameEn) {
		String field = "naam-" + key;
		String clean = checkedName(field, name);
		String english = nameEn == null ? null : checkedEnglishName("engels-" + key, nameEn);
		if (all().stream().anyMatch(t -> !t.key().equals(key) && t.name().equalsIgnoreCase(clean))) {
			throw new Refused(field, "signals.themes.name.taken");
		}
		if (jdbc.sql("""
				update signals_theme set name = :name, name_en = case when :keep then name_en else :nameEn end
				where key = :key
				""")
			.param("name", clean)
			.param("keep", nameEn == null)
			.param("nameEn", english)
			.param("key", key)
			.update() == 0) {
			throw new Refused(field, "signals.themes.unknown");
		}
		snapshot.reloadAfterCommit();
	}

	/** Moves a theme one place up ({@code -1}) or down ({@code +1}) in the list. */
	@org.springframework.transaction.annotation.Transactional
	public void move(String key, int step) {
		List<Theme> themes = new java.util.ArrayList<>(load().themes());
		int from = themes.stream().map(Theme::key).toList().indexOf(key);
		int to = from + Integer.signum(step);
		if (from < 0 || to < 0 || to >= themes.size()) {
			return;
		}
		java.util.Collections.swap(themes, from, to);
		for (int i = 0; i < themes.size(); i++) {
			jdbc.sql("update signals_theme set position = :position where key = :key")
				.param("position", i + 1)
				.param("key", themes.get(i).key())
				.update();
		}
		snapshot.reloadAfterCommit();
	}

	/** Removes a theme that no signal uses; a theme in use is refused (rename it instead). */
	@org.springframework.transaction.annotation.Transactional
	public void remove(String key) {
		long used = jdbc.sql("select count(*) from signals_signal where themes @> array[cast(:key as text)]")
			.param("key", key)
			.query(Long.class)
			.single();
		if (used > 0) {
			throw new Refused("naam-" + key, "signals.themes.inUse");
		}
		jdbc.sql("delete from signals_theme where key = :key").param("key", key).update();
		snapshot.reloadAfterCommit();
	}

	private static String checkedName(String field, @Nullable String name) {
		String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
		if (clean.isEmpty()) {
			throw new Refused(field, "signals.themes.name.required");
		}
		if (clean.length() > MAX_NAME) {
			throw new Refused(field, "signals.themes.name.long");
		}
		return clean;
	}

	/** An English name is optional: blank is {@code null}; else the same rules as the Dutch name. */
	private static @Nullable String checkedEnglishName(String field, @Nullable String name) {
		return name == null || name.isBlank() ? null : checkedName(field, name);
	}

	/** "Zorg en ggz" becomes {@code zorg-en-ggz}: lower case, letters and digits, joined by dashes. */
	static String keyFor(String name) {
		String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

	/** How many signals carry each theme (for the secretariat's list; one query). */
	public Map<String, Long> use() {
		Map<String, Long> use = new java.util.HashMap<>();
		jdbc.sql("select key, count(*) from signals_signal, unnest(themes) as key group by key")
			.query((rs, row) -> use.put(rs.getString(1), rs.getLong(2)))
			.list();
		return use;
	}

	private Snapshot snapshot() {
		return snapshot.get();
	}

	private Snapshot load() {
		List<Theme> themes = jdbc.sql("select key, name, name_en from signals_theme order by position, key")
			.query((rs, row) -> new Theme(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
		java.util.Locale english = java.util.Locale.ENGLISH;
		return new Snapshot(List.copyOf(themes), Map.copyOf(themes.stream().collect(Collectors.toMap(Theme::key, Theme::name))),
				Map.copyOf(themes.stream().collect(Collectors.toMap(Theme::key, t -> t.name(english)))));
	}

	/** Only the known keys of {@code keys}, in the list's order. */
	public List<String> known(@Nullable List<String> keys) {
		if (keys == null) {
			return List.of();
		}
		return all().stream().map(Theme::key).filter(keys::contains).toList();
	}
}
