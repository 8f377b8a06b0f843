package nl.alliantie.network.organisations;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads and saves the organisation aggregate with its representatives. */
@Component
class OrganisationStore {

	private final JdbcClient jdbc;

	private final Directory directory;

	OrganisationStore(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/** The organisation, its row locked until the transaction ends, so that rules hold under races. */
	Optional<Organisation> lock(long id) {
		return jdbc.sql("select * from network_organisation where id = :id for update")
			.param("id", id)
			.query((rs, row) -> map(rs))
			.optional();
	}

	private Organisation map(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		Date since = rs.getDate("member_since");
		Array themes = rs.getArray("themes");
		OrganisationDetails details = new OrganisationDetails(rs.getString("name"), rs.getString("type_key"),
				rs.getString("municipality"), rs.getString("region_override"), rs.getString("address"),
				rs.getString("postcode"), rs.getString("website"), rs.getString("email"), rs.getString("phone"),
				rs.getString("activities"), OrganisationStatus.valueOf(rs.getString("status")),
				since == null ? null : since.toLocalDate(),
				themes == null ? List.of() : Arrays.asList((String[]) themes.getArray()));
		List<Long> representatives = jdbc
			.sql("select person_id from network_representative where organisation_id = :id order by since, person_id")
			.param("id", id)
			.query(Long.class)
			.list();
		return new Organisation(id, details, rs.getString("province"), rs.getString("region_key"), representatives);
	}

	Optional<Long> findByName(String name, String municipality) {
		return jdbc.sql("select id from network_organisation where municipality = :municipality and lower(name) = lower(:name)")
			.param("municipality", municipality)
			.param("name", name.trim())
			.query(Long.class)
			.optional();
	}

	long insert(Organisation organisation) {
		directory.changed();
		return jdbc.sql("""
				insert into network_organisation (name, type_key, municipality, province, region_override, region_key,
				    address, postcode, website, email, phone, activities, status, member_since, themes)
				values (:name, :type, :municipality, :province, :override, :region, :address, :postcode, :website,
				    :email, :phone, :activities, :status, :since, string_to_array(:themes, chr(31)))
				returning id
				""")
			.params(params(organisation))
			.query(Long.class)
			.single();
	}

	void update(Organisation organisation) {
		directory.changed();
		var params = params(organisation);
		params.put("id", organisation.id());
		jdbc.sql("""
				update network_organisation set name = :name, type_key = :type, municipality = :municipality,
				    province = :province, region_override = :override, region_key = :region, address = :address,
				    postcode = :postcode, website = :website, email = :email, phone = :phone,
				    activities = :activities, status = :status, member_since = :since,
				    themes = string_to_array(:themes, chr(31)), updated_at = now()
				where id = :id
				""")
			.params(params)
			.update();
		jdbc.sql("delete from network_representative where organisation_id = :id and not (person_id = any(:people))")
			.param("id", organisation.id())
			.param("people", organisation.representatives().toArray(Long[]::new))
			.update();
		for (Long person : organisation.representatives()) {
			jdbc.sql("insert into network_representative (organisation_id, person_id) values (:id, :person) on conflict do nothing")
				.param("id", organisation.id())
				.param("person", person)
				.update();
		}
	}

	private static java.util.Map<String, Object> params(Organisation organisation) {
		OrganisationDetails d = organisation.details();
		var params = new java.util.HashMap<String, Object>();
		params.put("name", d.name());
		params.put("type", d.typeKey());
		params.put("municipality", d.municipality());
		params.put("province", organisation.province());
		params.put("override", d.regionOverride());
		params.put("region", organisation.regionKey());
		params.put("address", d.address());
		params.put("postcode", d.postcode());
		params.put("website", d.website());
		params.put("email", d.email());
		params.put("phone", d.phone());
		params.put("activities", d.activities());
		params.put("status", java.util.Objects.requireNonNull(d.status(), "an organisation has a status (its form and the import check it)").name());
		params.put("since", d.memberSince() == null ? null : Date.valueOf(d.memberSince()));
		params.put("themes", String.join("\u001f", d.themes()));
		return params;
	}
}
