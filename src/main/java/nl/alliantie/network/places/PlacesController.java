package nl.alliantie.network.places;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.network.Network;
import nl.alliantie.shared.web.PageNumber;

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
			List<OrganisationRow> organisations, int page, boolean hasNext, Places places,
			List<Network.MunicipalityPageSection> sections) {
	}

	public record Coordinator(String name) {
	}

	public record RegionPage(Places.Region region, List<Places.Province> provinces, List<Coordinator> coordinators,
			List<OrganisationRow> organisations, int page, boolean hasNext, Places places) {
	}

	private final Places places;

	private final PlaceListings listings;

	/** What other modules show on a municipality's page (its signals, later its local agenda). */
	private final List<Network.MunicipalityPageSection> sections;

	PlacesController(Places places, PlaceListings listings, List<Network.MunicipalityPageSection> sections) {
		this.places = places;
		this.listings = listings;
		this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(Network.MunicipalityPageSection::order)).toList();
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
		int page = PageNumber.of(pagina);
		List<OrganisationRow> rows = listings.inMunicipality(municipality.name(), (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("page", new MunicipalityPage(municipality,
				places.region(places.regionOf(municipality)).orElseThrow(), rows.stream().limit(PAGE_SIZE).toList(),
				page, rows.size() > PAGE_SIZE, places, sections));
		return "network/municipality";
	}

	@GetMapping("/regio/{naam}")
	String region(@PathVariable String naam, @RequestParam(defaultValue = "1") int pagina, Model model) {
		Places.Region region = places.region(naam).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int page = PageNumber.of(pagina);
		List<Coordinator> coordinators = listings.coordinatorsOf(region.key());
		List<OrganisationRow> rows = listings.inRegion(region.key(), (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("page", new RegionPage(region, places.provincesOf(region.key()), coordinators,
				rows.stream().limit(PAGE_SIZE).toList(), page, rows.size() > PAGE_SIZE, places));
		return "network/region";
	}
}
