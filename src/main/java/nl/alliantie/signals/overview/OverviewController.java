package nl.alliantie.signals.overview;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.network.Network;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.shared.web.checks.TypedDates;
import nl.alliantie.signals.handling.Details;
import nl.alliantie.signals.handling.Themes;

/** The public overview of published signals with search and filters, and the page of one signal. */
@Controller
public class OverviewController {

	static final int PAGE_SIZE = 20;

	/**
	 * The last page one can turn to (1,000 signals): further on, a page would cost a walk over
	 * every signal before it. Whoever wants more narrows the search (a sentence says so) or takes
	 * the CSV.
	 */
	static final int MAX_PAGE = 50;

	public record OverviewPage(Filter filter, String fromText, String toText, List<Search.Row> rows, int page,
			boolean hasNext, List<Themes.Theme> themes, Map<String, String> themeNames,
			List<Network.RegionSummary> regions, Map<String, String> regionNames, String pagerHref, String csvHref,
			String atomHref, boolean narrow, String municipalityText, FormErrors errors) {
	}

	public record SignalPage(Details.Detail signal, List<Details.Step> trail, Map<String, String> themeNames,
			@Nullable String regionName) {

		public String municipalityHref() {
			return "/gemeenten/" + org.springframework.web.util.UriUtils.encodePathSegment(signal.municipality(),
					java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	private final Search search;

	private final Themes themes;

	private final Network network;

	private final Details details;

	private final MessageSource messages;

	OverviewController(Search search, Themes themes, Network network, Details details, MessageSource messages) {
		this.messages = messages;
		this.search = search;
		this.themes = themes;
		this.network = network;
		this.details = details;
	}

	@GetMapping("/signalen")
	String overview(@RequestParam(required = false) String q, @RequestParam(required = false) String thema,
			@RequestParam(required = false) String regio, @RequestParam(required = false) String gemeente,
			@RequestParam(required = false) String van, @RequestParam(required = false) String tot,
			@RequestParam(defaultValue = "1") int pagina, Model model, Locale locale) {
		Filter filter = search.canonical(new Filter(q, blank(thema), blank(regio), blank(gemeente), date(van), date(tot)));
		// what was typed stays in its field, with a sentence where it is not a date or place we know
		Map<String, String> errors = new LinkedHashMap<>();
		if (blank(gemeente) != null && filter.gemeente() == null) {
			errors.put("gemeente", messages.getMessage("signals.overview.municipality.unknown", null, locale));
		}
		if (blank(van) != null && filter.van() == null) {
			errors.put("van", messages.getMessage("shared.date.invalid", null, locale));
		}
		if (blank(tot) != null && filter.tot() == null) {
			errors.put("tot", messages.getMessage("shared.date.invalid", null, locale));
		}
		int page = Math.max(1, Math.min(pagina, MAX_PAGE));
		List<Search.Row> rows = search.page(filter, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		List<Network.RegionSummary> regions = network.regions();
		Map<String, String> regionNames = new LinkedHashMap<>();
		regions.forEach(r -> regionNames.put(r.key(), r.name()));
		List<Themes.Theme> all = themes.all();
		Map<String, String> themeNames = new LinkedHashMap<>();
		all.forEach(t -> themeNames.put(t.key(), t.name(locale)));
		model.addAttribute("page", new OverviewPage(filter, filter.van() == null ? Objects.toString(van, "") : filter.van().toString(),
				filter.tot() == null ? Objects.toString(tot, "") : filter.tot().toString(), rows.stream().limit(PAGE_SIZE).toList(), page,
				rows.size() > PAGE_SIZE && page < MAX_PAGE, all, themeNames, regions, regionNames,
				filter.href("/signalen"), filter.href("/signalen.csv"), filter.href("/signalen.atom"),
				rows.size() > PAGE_SIZE && page == MAX_PAGE,
				filter.gemeente() == null ? Objects.toString(gemeente, "") : filter.gemeente(), new FormErrors(errors)));
		return "signals/overview";
	}

	@GetMapping("/signalen/{id:[0-9]+}")
	String signal(@PathVariable long id, Model model, Locale locale) {
		Details.Detail signal = details.find(id)
			.filter(Details.Detail::published)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String regionName = signal.regionKey() == null ? null
				: network.regions().stream().filter(r -> r.key().equals(signal.regionKey()))
					.map(Network.RegionSummary::name).findFirst().orElse(signal.regionKey());
		model.addAttribute("page", new SignalPage(signal, details.trail(id, true), themes.names(locale), regionName));
		return "signals/signal";
	}

	static @Nullable String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	static @Nullable LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return TypedDates.date(value).orElse(null);
	}
}
