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

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.alliantie.network.Network;
import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.csv.Csv;
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

	/** The CSV's words are Dutch, as its column names. */
	private static final java.util.Locale DUTCH = java.util.Locale.of("nl");

	@GetMapping("/signalen.csv")
	void csv(@RequestParam(required = false) String q, @RequestParam(required = false) String thema,
			@RequestParam(required = false) String regio, @RequestParam(required = false) String gemeente,
			@RequestParam(required = false) String van, @RequestParam(required = false) String tot,
			HttpServletResponse response) throws IOException {
		Filter filter = filter(q, thema, regio, gemeente, van, tot);
		Map<String, String> themeNames = themes.names();
		Map<String, String> regionNames = network.regions().stream()
			.collect(Collectors.toMap(Network.RegionSummary::key, Network.RegionSummary::name));
		response.setContentType(Csv.MEDIA_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"signalen.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		Csv.start(out);
		Csv.row(out, List.of("nummer", "titel", "verhaal", "thema's", "gemeente", "provincie", "regio", "gezien op",
				"status", "adres"));
		// a closed connection ends the export with an UncheckedIOException from Csv.row
		search.export(filter, CSV_MAX, signal -> Csv.row(out, Arrays.asList(signal.id(), signal.title(), signal.story(),
				signal.themes().stream().map(t -> themeNames.getOrDefault(t, t)).collect(Collectors.joining(", ")),
				signal.municipality(), signal.province(),
				signal.regionKey() == null ? null : regionNames.getOrDefault(signal.regionKey(), signal.regionKey()),
				signal.seenOn(), messages.getMessage("signals.status." + signal.status(), null, DUTCH),
				properties.absoluteUrl("/signalen/" + signal.id()))));
		out.flush();
	}

	@GetMapping("/signalen.atom")
	void atom(@RequestParam(required = false) String q, @RequestParam(required = false) String thema,
			@RequestParam(required = false) String regio, @RequestParam(required = false) String gemeente,
			HttpServletResponse response) throws IOException {
		Filter filter = filter(q, thema, regio, gemeente, null, null);
		List<Search.Full> entries = new ArrayList<>();
		search.export(filter, FEED_SIZE, entries::add);
		Map<String, String> themeNames = themes.names();
		response.setContentType("application/atom+xml;charset=UTF-8");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
			element(xml, "id", properties.absoluteUrl(filter.href("/signalen.atom")));
			element(xml, "title", properties.name() + " · signalen");
			Instant updated = entries.stream().map(Search.Full::updatedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
			element(xml, "updated", updated.toString());
			link(xml, "self", properties.absoluteUrl(filter.href("/signalen.atom")));
			link(xml, "alternate", properties.absoluteUrl(filter.href("/signalen")));
			xml.writeStartElement("author");
			element(xml, "name", properties.name());
			xml.writeEndElement();
			for (Search.Full signal : entries) {
				xml.writeStartElement("entry");
				element(xml, "id", properties.absoluteUrl("/signalen/" + signal.id()));
				element(xml, "title", signal.title());
				element(xml, "updated", signal.updatedAt().toString());
				element(xml, "published", signal.seenOn().atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toString());
				link(xml, "alternate", properties.absoluteUrl("/signalen/" + signal.id()));
				for (String theme : signal.themes()) {
					xml.writeEmptyElement("category");
					xml.writeAttribute("term", theme);
					xml.writeAttribute("label", themeNames.getOrDefault(theme, theme));
				}
				xml.writeStartElement("content");
				xml.writeAttribute("type", "text");
				xml.writeCharacters(clean((signal.municipality() == null ? "" : signal.municipality() + " · ")
						+ signal.seenOn() + "\n\n" + signal.story()));
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.flush();
		}
		catch (XMLStreamException e) {
			throw new IOException(e);
		}
		out.flush();
	}

	private Filter filter(String q, String thema, String regio, String gemeente, String van, String tot) {
		return search.canonical(new Filter(q, blank(thema), blank(regio), blank(gemeente), date(van), date(tot)));
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(clean(text));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

	/** Leaves out characters XML 1.0 cannot carry (control characters a visitor may have pasted). */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints()
			.filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
					|| c >= 0x10000 && c <= 0x10FFFF)
			.forEach(out::appendCodePoint);
		return out.toString();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static LocalDate date(String value) {
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
