package nl.alliantie.network.places;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.network.places.PlacesController.Coordinator;
import nl.alliantie.network.places.PlacesController.OrganisationRow;

/** The lists on the public pages of a municipality and a region: one query each. */
@Component
class PlaceListings {

	private final JdbcClient jdbc;

	PlaceListings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<OrganisationRow> inMunicipality(String municipality, int offset, int limit) {
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

	List<OrganisationRow> inRegion(String region, int offset, int limit) {
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
