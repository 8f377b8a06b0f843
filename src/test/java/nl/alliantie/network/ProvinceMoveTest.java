package nl.alliantie.network;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.alliantie.AlliantieTest;
import nl.alliantie.network.places.PlacesAdmin;

import static org.assertj.core.api.Assertions.assertThat;

/** A province moved to another region takes its organisations along, except those placed by hand. */
@AlliantieTest
class ProvinceMoveTest {

	@Autowired
	PlacesAdmin admin;

	@Autowired
	NetworkFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void organisationsFollowTheirProvinceUnlessPlacedByHand() {
		OrganisationId follows = fixtures.organisation("Zwolle");
		OrganisationId placed = fixtures.organisation("Deventer");
		jdbc.sql("update network_organisation set region_override = 'noord', region_key = 'noord' where id = :id")
			.param("id", placed.value()).update();
		String before = jdbc.sql("select region_key from network_province where name = 'Overijssel'")
			.query(String.class).single();
		String other = before.equals("zuid") ? "west" : "zuid";
		try {
			admin.moveProvince("Overijssel", other);
			assertThat(region(follows)).isEqualTo(other);
			assertThat(region(placed)).as("placed by hand").isEqualTo("noord");
		}
		finally {
			admin.moveProvince("Overijssel", before);
		}
		assertThat(region(follows)).isEqualTo(before);
	}

	private String region(OrganisationId id) {
		return jdbc.sql("select region_key from network_organisation where id = :id").param("id", id.value())
			.query(String.class).single();
	}
}
