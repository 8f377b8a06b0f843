package nl.alliantie.agendas.pages;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.alliantie.agendas.AgendaState;
import nl.alliantie.agendas.agenda.AgendaListing;
import nl.alliantie.network.Network;

/** The national picture of the local agendas: the figures with tables beside them, and a filterable list. */
@Controller
public class NationalController {

	static final int PAGE_SIZE = 50;

	static final int REACHED_SHOWN = 15;

	/** The filter as typed; an unknown province, region, year or state is no filter. */
	public record Filter(@Nullable String province, @Nullable String region, @Nullable Integer year, @Nullable AgendaState state) {

		public String href(int page) {
			StringBuilder href = new StringBuilder("/sociale-agendas?");
			if (province != null) {
				href.append("provincie=").append(encode(province)).append('&');
			}
			if (region != null) {
				href.append("regio=").append(encode(region)).append('&');
			}
			if (year != null) {
				href.append("jaar=").append(year).append('&');
			}
			if (state != null) {
				href.append("staat=").append(state.name()).append('&');
			}
			return href.append("pagina=").append(page).toString();
		}

		/** This filter for another year. */
		public String withYear(int other) {
			return new Filter(province, region, other, state).href(1);
		}

		/** The address without page, for the pager. */
		public String base() {
			String href = href(1);
			return href.substring(0, href.length() - "pagina=1".length() - 1);
		}

		private static String encode(String text) {
			return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	public record NationalPage(NationalPicture.Chart chart, List<NationalPicture.Tile> tiles,
			List<NationalPicture.Reached> reached, Filter filter, List<AgendaListing.Row> rows, int page, boolean hasNext,
			List<Network.ProvinceSummary> provinces, List<Network.RegionSummary> regions, String yearTyped,
			boolean yearRefused) {
	}

	private final NationalPicture picture;

	private final AgendaListing listing;

	private final Network network;

	NationalController(NationalPicture picture, AgendaListing listing, Network network) {
		this.picture = picture;
		this.listing = listing;
		this.network = network;
	}

	@GetMapping("/sociale-agendas")
	String national(@RequestParam(required = false) String provincie, @RequestParam(required = false) String regio,
			@RequestParam(required = false) String jaar, @RequestParam(required = false) String staat,
			@RequestParam(defaultValue = "1") String pagina, Model model) {
		List<Network.ProvinceSummary> provinces = network.provinces();
		List<Network.RegionSummary> regions = network.regions();
		String province = provinces.stream().map(Network.ProvinceSummary::name).filter(p -> p.equals(provincie)).findFirst().orElse(null);
		String region = regions.stream().map(Network.RegionSummary::key).filter(r -> r.equals(regio)).findFirst().orElse(null);
		Integer year = number(jaar);
		if (year != null && (year < 2000 || year > 2200)) {
			year = null;
		}
		// a year that is none stays in its field with a sentence beside it; the list then shows every year
		String yearTyped = jaar == null ? "" : jaar.strip();
		boolean yearRefused = year == null && !yearTyped.isEmpty();
		AgendaState state = null;
		for (AgendaState s : AgendaState.values()) {
			if (s.name().equals(staat)) {
				state = s;
			}
		}
		Integer asked = number(pagina);
		int page = asked == null ? 1 : Math.max(1, Math.min(asked, 10_000));
		Filter filter = new Filter(province, region, year, state);
		List<AgendaListing.Row> rows = listing.shown(new AgendaListing.Filter(province, region, year, state, null, null),
				(page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		NationalPicture.Picture now = picture.now(REACHED_SHOWN);
		model.addAttribute("page", new NationalPage(now.chart(), now.tiles(), now.reached(), filter, rows.stream().limit(PAGE_SIZE).toList(), page,
				rows.size() > PAGE_SIZE, provinces, regions, yearTyped, yearRefused));
		return "agendas/national";
	}

	private static @Nullable Integer number(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
