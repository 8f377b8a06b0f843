package nl.alliantie.network.places;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Public pages of a municipality and a region, each with its organisations. */
@Controller
public class PlacesController {

	static final int PAGE_SIZE = 25;

	/** An organisation in a place. */
	public record OrganisationRow(long id, String name, String typeKey, String municipality, String status) {
	}

	public record MunicipalitiesPage(Map<String, List<Places.Municipality>> byProvince) {
	}

	public record MunicipalityPage(Places.Municipality municipality, Places.Region region,
			List<OrganisationRow> organisations, int page, boolean hasNext, Places places) {
	}

	public record Coordinator(String name) {
	}

	public record RegionPage(Places.Region region, List<Places.Province> provinces, List<Coordinator> coordinators,
			List<OrganisationRow> organisations, int page, boolean hasNext, Places places) {
	}

	private final Places places;

	private final JdbcClient jdbc;

	PlacesController(Places places, JdbcClient jdbc) {
		this.places = places;
		this.jdbc = jdbc;
	}

	@GetMapping("/gemeenten")
	String municipalities(Model model) {
		model.addAttribute("page", new MunicipalitiesPage(places.municipalitiesByProvince()));
		return "network/municipalities";
	}

	@GetMapping("/gemeenten/{naam}")
	String municipality(@PathVariable String naam, @RequestParam(defaultValue = "1") int pagina, Model model) {
		Places.Municipality municipality = places.municipality(naam)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int page = Math.max(1, pagina);
		List<OrganisationRow> rows = jdbc.sql("""
				select id, name, type_key, municipality, status from network_organisation
				where municipality = :name order by lower(name), id offset :offset limit :limit
				""")
			.param("name", municipality.name())
			.param("offset", (page - 1) * PAGE_SIZE)
			.param("limit", PAGE_SIZE + 1)
			.query(OrganisationRow.class)
			.list();
		model.addAttribute("page", new MunicipalityPage(municipality,
				places.region(places.regionOf(municipality)).orElseThrow(), rows.stream().limit(PAGE_SIZE).toList(),
				page, rows.size() > PAGE_SIZE, places));
		return "network/municipality";
	}

	@GetMapping("/regio/{naam}")
	String region(@PathVariable String naam, @RequestParam(defaultValue = "1") int pagina, Model model) {
		Places.Region region = places.region(naam).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int page = Math.max(1, pagina);
		List<Coordinator> coordinators = jdbc.sql("""
				select p.name from network_person_role r join network_person p on p.id = r.person_id
				where r.role = 'REGIOCOORDINATOR' and r.scope = :region and p.erased_at is null order by lower(p.name)
				""")
			.param("region", region.key())
			.query(Coordinator.class)
			.list();
		List<OrganisationRow> rows = jdbc.sql("""
				select id, name, type_key, municipality, status from network_organisation
				where region_key = :region order by lower(name), id offset :offset limit :limit
				""")
			.param("region", region.key())
			.param("offset", (page - 1) * PAGE_SIZE)
			.param("limit", PAGE_SIZE + 1)
			.query(OrganisationRow.class)
			.list();
		model.addAttribute("page", new RegionPage(region, places.provincesOf(region.key()), coordinators,
				rows.stream().limit(PAGE_SIZE).toList(), page, rows.size() > PAGE_SIZE, places));
		return "network/region";
	}
}
