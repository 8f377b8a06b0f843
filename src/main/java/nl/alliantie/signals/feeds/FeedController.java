package nl.alliantie.signals.feeds;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.alliantie.network.Network;
import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.csv.Csv;
import nl.alliantie.shared.feed.AtomFeed;
import nl.alliantie.signals.handling.Themes;
import nl.alliantie.signals.overview.Filter;
import nl.alliantie.signals.overview.Search;

/** The published signals as CSV (for a spreadsheet) and as an Atom feed (RFC 4287), with the overview's filters. */
@Controller
public class FeedController {

	static final int CSV_MAX = 100_000;

	static final int FEED_SIZE = 50;

	private final Search search;

	private final Themes themes;

	private final Network network;

	private final AlliantieProperties properties;

	private final org.springframework.context.MessageSource messages;

	FeedController(Search search, Themes themes, Network network, AlliantieProperties properties,
			org.springframework.context.MessageSource messages) {
		this.messages = messages;
		this.search = search;
		this.themes = themes;
		this.network = network;
		this.properties = properties;
	}

	@GetMapping("/signalen.csv")
	void csv(@RequestParam(required = false) String q, @RequestParam(required = false) String thema,
			@RequestParam(required = false) String regio, @RequestParam(required = false) String gemeente,
			@RequestParam(required = false) String van, @RequestParam(required = false) String tot,
			HttpServletResponse response, java.util.Locale locale) throws IOException {
		Filter filter = filter(q, thema, regio, gemeente, van, tot);
		Map<String, String> themeNames = themes.names(locale);
		Map<String, String> regionNames = network.regions().stream()
			.collect(Collectors.toMap(Network.RegionSummary::key, Network.RegionSummary::name));
		response.setContentType(Csv.MEDIA_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"signalen.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		Csv.start(out);
		// column names, theme names and statuses in the language the CSV was asked for in
		Csv.row(out, "en".equals(locale.getLanguage())
				? List.of("number", "title", "story", "themes", "municipality", "province", "region", "seen on", "status",
						"address")
				: List.of("nummer", "titel", "verhaal", "thema's", "gemeente", "provincie", "regio", "gezien op", "status",
						"adres"));
		// a closed connection ends the export with an UncheckedIOException from Csv.row
		search.export(filter, CSV_MAX, signal -> Csv.row(out, Arrays.asList(signal.id(), signal.title(), signal.story(),
				signal.themes().stream().map(t -> themeNames.getOrDefault(t, t)).collect(Collectors.joining(", ")),
				signal.municipality(), signal.province(),
				signal.regionKey() == null ? null : regionNames.getOrDefault(signal.regionKey(), signal.regionKey()),
				signal.seenOn(), messages.getMessage("signals.status." + signal.status(), null, locale),
				properties.absoluteUrl("/signalen/" + signal.id()))));
		out.flush();
	}

	@GetMapping("/signalen.atom")
	void atom(@RequestParam(required = false) String q, @RequestParam(required = false) String thema,
			@RequestParam(required = false) String regio, @RequestParam(required = false) String gemeente,
			HttpServletResponse response, java.util.Locale locale) throws IOException {
		Filter filter = filter(q, thema, regio, gemeente, null, null);
		List<Search.Full> entries = new ArrayList<>();
		search.export(filter, FEED_SIZE, entries::add);
		Map<String, String> themeNames = themes.names(locale);
		Instant updated = entries.stream().map(Search.Full::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		AtomFeed feed = new AtomFeed(properties.absoluteUrl(filter.href("/signalen.atom")), properties.name() + " · signalen",
				properties.absoluteUrl(filter.href("/signalen.atom")), properties.absoluteUrl(filter.href("/signalen")),
				properties.name(), updated);
		for (Search.Full signal : entries) {
			AtomFeed.Entry entry = feed.entry(properties.absoluteUrl("/signalen/" + signal.id()), signal.title(),
					signal.updatedAt())
				.published(signal.seenOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
				.link(properties.absoluteUrl("/signalen/" + signal.id()))
				.text((signal.municipality() == null ? "" : signal.municipality() + " · ") + signal.seenOn() + "\n\n"
						+ signal.story());
			for (String theme : signal.themes()) {
				entry.category(theme, themeNames.getOrDefault(theme, theme));
			}
		}
		feed.writeTo(response);
	}

	private Filter filter(String q, String thema, String regio, String gemeente, @Nullable String van, @Nullable String tot) {
		return search.canonical(new Filter(q, blank(thema), blank(regio), blank(gemeente), date(van), date(tot)));
	}

	private static @Nullable String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}
}
