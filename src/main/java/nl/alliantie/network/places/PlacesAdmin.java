package nl.alliantie.network.places;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat's changes to regions and organisation types. */
@Service
public class PlacesAdmin {

	private final JdbcClient jdbc;

	private final Places places;

	private final ApplicationEventPublisher events;

	PlacesAdmin(JdbcClient jdbc, Places places, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.places = places;
		this.events = events;
	}

	@Transactional
	public void renameRegion(String key, String name) {
		jdbc.sql("update network_region set name = :name where key = :key")
			.param("name", name.trim())
			.param("key", key)
			.update();
		reloadAfterCommit();
	}

	/** Adds a region; returns its key, derived from the name. */
	@Transactional
	public String addRegion(String name) {
		String key = slug(name);
		jdbc.sql("""
				insert into network_region (key, name, position)
				values (:key, :name, (select coalesce(max(position), 0) + 1 from network_region))
				""")
			.param("key", key)
			.param("name", name.trim())
			.update();
		reloadAfterCommit();
		return key;
	}

	/** Moves a province; organisations there follow unless their region was set by hand. */
	@Transactional
	public void moveProvince(String province, String regionKey) {
		jdbc.sql("update network_province set region_key = :region where name = :province")
			.param("region", regionKey)
			.param("province", province)
			.update();
		events.publishEvent(new ProvinceMoved(province, regionKey));
		reloadAfterCommit();
	}

	@Transactional
	public String addType(String name) {
		String key = slug(name);
		jdbc.sql("insert into network_organisation_type (key, name) values (:key, :name)")
			.param("key", key)
			.param("name", name.trim())
			.update();
		reloadAfterCommit();
		return key;
	}

	/** Gives a kind of organisation its English name; blank removes it (the Dutch name shows). */
	@Transactional
	public boolean nameTypeInEnglish(String key, String nameEn) {
		int changed = jdbc.sql("update network_organisation_type set name_en = :nameEn where key = :key")
			.param("nameEn", nameEn == null || nameEn.isBlank() ? null : nameEn.strip())
			.param("key", key)
			.update();
		reloadAfterCommit();
		return changed == 1;
	}

	public static String slug(String name) {
		String plain = Normalizer.normalize(name.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? "x" : slug;
	}

	private void reloadAfterCommit() {
		places.reloadAfterCommit();
	}
}
