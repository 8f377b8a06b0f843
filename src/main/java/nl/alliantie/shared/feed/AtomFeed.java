package nl.alliantie.shared.feed;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The one way the modules write an Atom feed (RFC 4287): the feed's id, title, links and author,
 * then its entries, streamed with the JDK's XML writer, so that every text is escaped and characters
 * XML 1.0 cannot carry (control characters a visitor may have pasted) are left out.
 *
 * <pre>
 * AtomFeed feed = new AtomFeed(id, title, self, alternate, author, updated);
 * feed.entry(url, title, updated).published(at).link(url).summary(lead).html(body);
 * feed.writeTo(response);
 * </pre>
 */
public final class AtomFeed {

	public static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";

	private final String id;

	private final String title;

	private final String self;

	private final String alternate;

	private final String author;

	private final Instant updated;

	private final List<Entry> entries = new ArrayList<>();

	/** {@code updated}: when the feed last changed (the newest entry's, or {@link Instant#EPOCH} when empty). */
	public AtomFeed(String id, String title, String self, String alternate, String author, Instant updated) {
		this.id = id;
		this.title = title;
		this.self = self;
		this.alternate = alternate;
		this.author = author;
		this.updated = updated;
	}

	/** Adds an entry; fill in the rest on what it returns. */
	public Entry entry(String id, String title, Instant updated) {
		Entry entry = new Entry(id, title, updated);
		entries.add(entry);
		return entry;
	}

	/** One entry of the feed. */
	public static final class Entry {

		private final String id;

		private final String title;

		private final Instant updated;

		private @Nullable Instant published;

		private @Nullable String link;

		private @Nullable String summary;

		private @Nullable String html;

		private @Nullable String text;

		private final List<String[]> categories = new ArrayList<>();

		private Entry(String id, String title, Instant updated) {
			this.id = id;
			this.title = title;
			this.updated = updated;
		}

		public Entry published(@Nullable Instant at) {
			this.published = at;
			return this;
		}

		/** The page the entry links to ({@code rel="alternate"}). */
		public Entry link(String href) {
			this.link = href;
			return this;
		}

		/** A short plain text (left out when blank). */
		public Entry summary(String plain) {
			this.summary = plain;
			return this;
		}

		/** The content as sanitised HTML (left out when blank). */
		public Entry html(String safeHtml) {
			this.html = safeHtml;
			return this;
		}

		/** The content as plain text (left out when blank; {@link #html} wins when both are given). */
		public Entry text(String plain) {
			this.text = plain;
			return this;
		}

		public Entry category(String term, String label) {
			categories.add(new String[] { term, label });
			return this;
		}
	}

	/** Writes the feed as the response, UTF-8. */
	public void writeTo(HttpServletResponse response) throws IOException {
		response.setContentType(CONTENT_TYPE);
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
			element(xml, "id", id);
			element(xml, "title", title);
			element(xml, "updated", updated.toString());
			link(xml, "self", self);
			link(xml, "alternate", alternate);
			xml.writeStartElement("author");
			element(xml, "name", author);
			xml.writeEndElement();
			for (Entry entry : entries) {
				write(xml, entry);
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

	private static void write(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
		xml.writeStartElement("entry");
		element(xml, "id", entry.id);
		element(xml, "title", entry.title);
		if (entry.published != null) {
			element(xml, "published", entry.published.toString());
		}
		element(xml, "updated", entry.updated.toString());
		if (entry.link != null) {
			link(xml, "alternate", entry.link);
		}
		for (String[] category : entry.categories) {
			xml.writeEmptyElement("category");
			xml.writeAttribute("term", clean(category[0]));
			xml.writeAttribute("label", clean(category[1]));
		}
		if (entry.summary != null && !entry.summary.isBlank()) {
			element(xml, "summary", entry.summary);
		}
		String html = entry.html;
		String text = entry.text;
		if (html != null && !html.isBlank()) {
			content(xml, "html", html);
		}
		else if (text != null && !text.isBlank()) {
			content(xml, "text", text);
		}
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(clean(text));
		xml.writeEndElement();
	}

	private static void content(XMLStreamWriter xml, String type, String text) throws XMLStreamException {
		xml.writeStartElement("content");
		xml.writeAttribute("type", type);
		xml.writeCharacters(clean(text));
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", clean(href));
	}

	/** Leaves out characters XML 1.0 cannot carry. */
	public static String clean(String text) {
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
}
