package nl.alliantie.network.organisations;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.network.places.ProvinceMoved;

/**
 * When the secretariat moves a province to another region, the organisations there move with it
 * (unless their region was set by hand), in the same transaction: a plain, synchronous listener,
 * since both sides are this module's own tables.
 */
@Component
class RegionFollowsProvince {

	private final JdbcClient jdbc;

	private final Directory directory;

	RegionFollowsProvince(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@EventListener
	void on(ProvinceMoved moved) {
		jdbc.sql("""
				update network_organisation set region_key = :region
				where province = :province and region_override is null
				""")
			.param("region", moved.regionKey())
			.param("province", moved.province())
			.update();
		directory.changed();
	}
}
