package nl.alliantie.network.places;

import org.jspecify.annotations.Nullable;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.memory.Kept;

/**
 * Regions, provinces, municipalities and organisation types, held in memory: they change a few
 * times a year and every directory page needs them, so a page costs no extra queries. Every write
 * goes through {@link PlacesAdmin}, which reloads; other instances reload within a minute.
 */
@Component
public class Places {

	public record Region(String key, String name, int position) {
	}

	public record Province(String name, String regionKey) {
	}

	public record Municipality(String name, String province, int population) {
	}

	/** {@code nameEn}: the English name, {@code null} when none was given (the Dutch name shows). */
	public record OrganisationType(String key, String name, String nameEn) {

		/** The name in the reader's language: the English one on English pages when there is one. */
		public String name(Locale locale) {
			return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
		}
	}

	record Snapshot(List<Region> regions, List<Province> provinces, Map<String, Municipality> municipalities,
			List<OrganisationType> types) {
	}

	private final JdbcClient jdbc;

	private final Kept<Snapshot> snapshot = new Kept<>(Duration.ofMinutes(1), this::load);

	Places(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private Snapshot snapshot() {
		return snapshot.get();
	}

	/** Reads the places again once the current transaction commits. */
	void reloadAfterCommit() {
		snapshot.reloadAfterCommit();
	}

	private Snapshot load() {
		List<Region> regions = jdbc.sql("select key, name, position from network_region order by position, key")
			.query(Region.class)
			.list();
		List<Province> provinces = jdbc.sql("select name, region_key from network_province order by name")
			.query(Province.class)
			.list();
		Map<String, Municipality> municipalities = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		jdbc.sql("select name, province, population from network_municipality")
			.query(Municipality.class)
			.list()
			.forEach(m -> municipalities.put(m.name(), m));
		List<OrganisationType> types = jdbc
			.sql("select key, name, name_en from network_organisation_type order by position, lower(name)")
			.query((rs, row) -> new OrganisationType(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
		return new Snapshot(List.copyOf(regions), List.copyOf(provinces), municipalities, List.copyOf(types));
	}

	public List<Region> regions() {
		return snapshot().regions();
	}

	public Optional<Region> region(String keyOrName) {
		if (keyOrName == null) {
			return Optional.empty();
		}
		return regions().stream()
			.filter(r -> r.key().equalsIgnoreCase(keyOrName) || r.name().equalsIgnoreCase(keyOrName))
			.findFirst();
	}

	public String regionName(String key) {
		return region(key).map(Region::name).orElse(key);
	}

	public List<Province> provinces() {
		return snapshot().provinces();
	}

	public List<Province> provincesOf(String regionKey) {
		return provinces().stream().filter(p -> p.regionKey().equals(regionKey)).toList();
	}

	public Optional<Province> province(String name) {
		return provinces().stream().filter(p -> p.name().equalsIgnoreCase(name == null ? "" : name)).findFirst();
	}

	/** The municipality by name, ignoring case. */
	public Optional<Municipality> municipality(@Nullable String name) {
		return name == null ? Optional.empty() : Optional.ofNullable(snapshot().municipalities().get(name.trim()));
	}

	public List<Municipality> municipalities() {
		return snapshot().municipalities().values().stream().toList();
	}

	public Map<String, List<Municipality>> municipalitiesByProvince() {
		Map<String, List<Municipality>> byProvince = new LinkedHashMap<>();
		for (Province province : provinces()) {
			byProvince.put(province.name(), municipalities().stream()
				.filter(m -> m.province().equals(province.name()))
				.sorted(Comparator.comparing(m -> m.name().toLowerCase(Locale.ROOT)))
				.toList());
		}
		return byProvince;
	}

	/** The region a municipality lies in by its province. */
	public String regionOf(Municipality municipality) {
		return province(municipality.province()).map(Province::regionKey).orElseThrow();
	}

	/** The path of a municipality's page, safe for any name. */
	public static String municipalityHref(String name) {
		return "/gemeenten/" + org.springframework.web.util.UriUtils.encodePathSegment(name, java.nio.charset.StandardCharsets.UTF_8);
	}

	public List<OrganisationType> types() {
		return snapshot().types();
	}

	public Optional<OrganisationType> type(String key) {
		return types().stream().filter(t -> t.key().equals(key)).findFirst();
	}

	public String typeName(String key) {
		return type(key).map(OrganisationType::name).orElse(key);
	}

	/** The name of a kind of organisation in the reader's language. */
	public String typeName(String key, Locale locale) {
		return type(key).map(type -> type.name(locale)).orElse(key);
	}
}
