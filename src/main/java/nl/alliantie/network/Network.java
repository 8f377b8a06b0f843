package nl.alliantie.network;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What other modules may read of the register. */
@Service
public class Network {

	/** An organisation as other modules see it. */
	public record OrganisationSummary(OrganisationId id, String name, String municipality, String province,
			String region, String status) {
	}

	/** A region with its display name. */
	public record RegionSummary(String key, String name) {
	}

	private final JdbcClient jdbc;

	Network(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OrganisationSummary> organisation(OrganisationId id) {
		return jdbc.sql("""
				select id, name, municipality, province, region_key, status
				from network_organisation where id = :id
				""")
			.param("id", id.value())
			.query((rs, row) -> new OrganisationSummary(new OrganisationId(rs.getLong(1)), rs.getString(2),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
			.optional();
	}

	public List<RegionSummary> regions() {
		return jdbc.sql("select key, name from network_region order by position, key")
			.query(RegionSummary.class)
			.list();
	}

	/** The region key of a municipality, when it is known. */
	public Optional<String> regionOf(String municipality) {
		return jdbc.sql("""
				select p.region_key from network_municipality m join network_province p on p.name = m.province
				where lower(m.name) = lower(:name)
				""")
			.param("name", municipality)
			.query(String.class)
			.optional();
	}

	// Added for the signals module (reads of places).

	/** A municipality with its province and the region of that province. */
	public record MunicipalitySummary(String name, String province, String regionKey) {
	}

	/** A province with its region. */
	public record ProvinceSummary(String name, String regionKey) {
	}

	/** The municipality as stored, found regardless of case. */
	public Optional<MunicipalitySummary> municipality(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select m.name, m.province, p.region_key from network_municipality m
				join network_province p on p.name = m.province where lower(m.name) = lower(:name)
				""")
			.param("name", name.trim())
			.query(MunicipalitySummary.class)
			.optional();
	}

	/** All municipalities, by name. */
	public List<MunicipalitySummary> municipalities() {
		return jdbc.sql("""
				select m.name, m.province, p.region_key from network_municipality m
				join network_province p on p.name = m.province order by m.name
				""")
			.query(MunicipalitySummary.class)
			.list();
	}

	/** All provinces with their region, by name. */
	public List<ProvinceSummary> provinces() {
		return jdbc.sql("select name, region_key from network_province order by name")
			.query(ProvinceSummary.class)
			.list();
	}

	/**
	 * A part another module adds to the public page of a municipality (for example its signals)
	 * without network depending on that module: the module renders its own template. The page
	 * shows every bean of this type, in {@link #order()}.
	 */
	public interface MunicipalityPageSection {

		int order();

		gg.jte.Content render(nl.alliantie.shared.web.Ui ui, String municipality);
	}
}
