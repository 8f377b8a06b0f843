package nl.alliantie.lobby.overview;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.text.Markdown;
import nl.alliantie.shared.time.DutchTime;

/**
 * The lobby as an Atom feed: every council letter from its send date, every year's proposals to
 * parliament from the budget debate (or the first of October), every published consultation with
 * the state secretary from its date; the newest 30 that have come, in one query.
 */
@Component
class LobbyFeed {

	/** One entry; {@code path} the page it links to, {@code text} Markdown. */
	record Entry(String key, LocalDate on, String title, String path, String text) {
	}

	static final int SIZE = 30;

	private final JdbcClient jdbc;

	private final AlliantieProperties properties;

	private final Clock clock;

	LobbyFeed(JdbcClient jdbc, AlliantieProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	List<Entry> entries() {
		return jdbc.sql("""
				select * from (
				  select 'raadsbrief-' || year, send_on, 'Raadsbrief ' || year || ': ' || title, '/lobby/' || year || '#raadsbrief', national_text
				  from lobby_campaign
				  union all
				  select 'kamer-' || year, coalesce(debate_on, make_date(year, 10, 1)), title, '/lobby/' || year || '#kamer', intro
				  from lobby_parliament_set
				  union all
				  select 'staatssecretaris-' || id, held_on, title, '/lobby/staatssecretaris/' || id, paper_intro
				  from lobby_meeting where published
				) e(key, on_day, title, path, text)
				where on_day <= :today order by on_day desc, key limit :size
				""")
			.param("today", LocalDate.now(clock))
			.param("size", SIZE)
			.query((rs, row) -> new Entry(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	void write(HttpServletResponse response) throws IOException {
		List<Entry> entries = entries();
		String base = properties.baseUrl().replaceAll("/+$", "");
		response.setContentType("application/atom+xml;charset=UTF-8");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
			element(xml, "id", base + "/lobby");
			element(xml, "title", properties.name() + " – lobby");
			element(xml, "updated", entries.isEmpty() ? "1970-01-01T00:00:00Z" : instant(entries.get(0).on()));
			link(xml, base + "/lobby.atom", "self");
			link(xml, base + "/lobby", "alternate");
			for (Entry entry : entries) {
				xml.writeStartElement("entry");
				element(xml, "id", base + "/lobby/" + entry.key());
				element(xml, "title", entry.title());
				element(xml, "published", instant(entry.on()));
				element(xml, "updated", instant(entry.on()));
				link(xml, base + entry.path(), "alternate");
				xml.writeStartElement("author");
				element(xml, "name", properties.name());
				xml.writeEndElement();
				if (entry.text() != null && !entry.text().isBlank()) {
					element(xml, "summary", Markdown.summary(entry.text(), 300));
					xml.writeStartElement("content");
					xml.writeAttribute("type", "html");
					xml.writeCharacters(Markdown.toHtml(entry.text()));
					xml.writeEndElement();
				}
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

	private static String instant(LocalDate day) {
		return day.atStartOfDay(DutchTime.ZONE).toInstant().toString();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}
}
