package nl.alliantie.network.places;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.network.places.PlacesController.Coordinator;
import nl.alliantie.network.places.PlacesController.OrganisationRow;
import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.shared.memory.UntilChanged;

/**
 * The lists on the public pages of a municipality and a region: one query each. A page of a
 * municipality's or region's organisations is kept until the organisations change (docs/adr/0037).
 */
@Component
class PlaceListings {

	private record Key(String place, int offset, int limit) {
	}

	private final JdbcClient jdbc;

	private final UntilChanged<Key, List<OrganisationRow>> municipalities;

	private final UntilChanged<Key, List<OrganisationRow>> regions;

	PlaceListings(JdbcClient jdbc, DatabaseNotifications notifications,
			@Value("${alliantie.figures.keep:true}") boolean keep) {
		this.jdbc = jdbc;
		this.municipalities = new UntilChanged<>(notifications, java.util.Set.of("network_changed"), 500, keep,
				key -> List.copyOf(readInMunicipality(key.place(), key.offset(), key.limit())));
		this.regions = new UntilChanged<>(notifications, java.util.Set.of("network_changed"), 100, keep,
				key -> List.copyOf(readInRegion(key.place(), key.offset(), key.limit())));
	}

	List<OrganisationRow> inMunicipality(String municipality, int offset, int limit) {
		return municipalities.get(new Key(municipality, offset, limit));
	}

	List<OrganisationRow> inRegion(String region, int offset, int limit) {
		return regions.get(new Key(region, offset, limit));
	}

	private List<OrganisationRow> readInMunicipality(String municipality, int offset, int limit) {
		return jdbc.sql("""
				select id, name, type_key, municipality, status from network_organisation
				where municipality = :name order by lower(name), id offset :offset limit :limit
				""")
			.param("name", municipality)
			.param("offset", offset)
			.param("limit", limit)
			.query(OrganisationRow.class)
			.list();
	}

	private List<OrganisationRow> readInRegion(String region, int offset, int limit) {
		return jdbc.sql("""
				select id, name, type_key, municipality, status from network_organisation
				where region_key = :region order by lower(name), id offset :offset limit :limit
				""")
			.param("region", region)
			.param("offset", offset)
			.param("limit", limit)
			.query(OrganisationRow.class)
			.list();
	}

	List<Coordinator> coordinatorsOf(String region) {
		return jdbc.sql("""
				select p.name from network_person_role r join network_person p on p.id = r.person_id
				where r.role = 'REGIOCOORDINATOR' and r.scope = :region and p.erased_at is null order by lower(p.name)
				""")
			.param("region", region)
			.query(Coordinator.class)
			.list();
	}
}
