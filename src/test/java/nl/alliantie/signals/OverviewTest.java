package nl.alliantie.signals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.shared.web.Ui;
import nl.alliantie.signals.overview.MunicipalitySignals;

import static nl.alliantie.signals.SignalFixtures.unique;
import static nl.alliantie.signals.SignalFixtures.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public overview: Dutch full-text search, filters, CSV, Atom, charts and the municipality section. */
@AlliantieTest
class OverviewTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	MunicipalitySignals municipalitySignals;

	@Autowired
	MessageSource messages;

	@Test
	void searchStemsDutchWords() throws Exception {
		String word = word();
		String title = unique("Regels");
		fixtures.published(title, "De gemeente heeft de regels voor de " + word + " aangescherpt.", "Zwolle");
		mvc.perform(get("/signalen").param("q", "gemeenten " + word)).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/signalen").param("q", "regel " + word))
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/signalen").param("q", "voedselbanken " + word))
			.andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/signalen").param("q", "\"'):* & | !(( <>" + word)).andExpect(status().isOk());
	}

	@Test
	void onlyPublishedSignalsShow() throws Exception {
		String word = word();
		String fresh = unique("Nieuw");
		String noConsent = unique("Geen toestemming");
		fixtures.signal(fresh, "Nog niet nagekeken " + word, "Zwolle");
		fixtures.publish(fixtures.signal(noConsent, "Geen toestemming " + word, "Zwolle", LocalDate.now(), false));
		mvc.perform(get("/signalen").param("q", word))
			.andExpect(content().string(not(containsString(fresh))))
			.andExpect(content().string(not(containsString(noConsent))));
		mvc.perform(get("/signalen.csv").param("q", word)).andExpect(content().string(not(containsString(fresh))));
	}

	@Test
	void filtersByThemeRegionMunicipalityAndPeriod() throws Exception {
		String word = word();
		String title = unique("Schoolreis");
		long id = fixtures.signal(title, "Kinderen blijven thuis " + word, "Zwolle", LocalDate.of(2025, 9, 15), true,
				"kinderen");
		fixtures.publish(id);
		String[][] matching = { { "thema", "kinderen" }, { "regio", "oost" }, { "gemeente", "zwolle" },
				{ "van", "2025-09-01" }, { "tot", "2025-09-30" } };
		for (String[] filter : matching) {
			mvc.perform(get("/signalen").param("q", word).param(filter[0], filter[1]))
				.andExpect(content().string(containsString(title)));
		}
		String[][] other = { { "thema", "schulden" }, { "regio", "zuid" }, { "gemeente", "Assen" },
				{ "van", "2025-10-01" }, { "tot", "2025-08-31" } };
		for (String[] filter : other) {
			mvc.perform(get("/signalen").param("q", word).param(filter[0], filter[1]))
				.andExpect(content().string(not(containsString(title))));
		}
		mvc.perform(get("/signalen").param("thema", "bestaat-niet").param("van", "gisteren").param("pagina", "-3"))
			.andExpect(status().isOk());
		mvc.perform(get("/signalen/" + id)).andExpect(status().isOk()).andExpect(content().string(containsString(title)));
	}

	@Test
	void everyExportGivesItsConnectionBack(
			@org.springframework.beans.factory.annotation.Value("${spring.datasource.hikari.maximum-pool-size}") int pool)
			throws Exception {
		// more exports than the pool has connections: one that kept its connection would starve the next
		for (int i = 0; i <= pool; i++) {
			mvc.perform(get("/signalen.csv")).andExpect(status().isOk());
			mvc.perform(get("/signalen.atom")).andExpect(status().isOk());
		}
	}

	@Test
	void csvIsSafeForExcel() throws Exception {
		String word = word();
		fixtures.published("=HYPERLINK(\"http://kwaad.example\") " + word, "+31 verhaal; met \"quotes\" " + word, "Zwolle");
		byte[] body = mvc.perform(get("/signalen.csv").param("q", word))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(body[0]).isEqualTo((byte) 0xEF);
		String csv = new String(body, StandardCharsets.UTF_8);
		assertThat(csv).contains("nummer;titel;verhaal");
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://kwaad.example\"\") " + word + "\"");
		assertThat(csv).contains("\"'+31 verhaal; met \"\"quotes\"\" " + word + "\"");
	}

	@Test
	void atomFeedIsValidAndEscaped() throws Exception {
		String word = word();
		String title = unique("Feed <b>vet</b>");
		fixtures.published(title, "<script>alert(1)</script> " + word, "Zwolle");
		String xml = mvc.perform(get("/signalen.atom").param("q", word))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/atom+xml")))
			.andReturn().getResponse().getContentAsString();
		assertThat(xml).doesNotContain("<script>").contains("&lt;script&gt;");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		Element root = feed.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(root.getElementsByTagNameNS("*", "id").item(0).getTextContent()).startsWith("http");
		assertThat(root.getElementsByTagNameNS("*", "updated").getLength()).isGreaterThanOrEqualTo(2);
		Element entry = (Element) root.getElementsByTagNameNS("*", "entry").item(0);
		assertThat(entry.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo(title);
		assertThat(entry.getElementsByTagNameNS("*", "id").item(0).getTextContent()).contains("/signalen/");
		assertThat(entry.getElementsByTagNameNS("*", "link").getLength()).isEqualTo(1);
		assertThat(((Element) entry.getElementsByTagNameNS("*", "content").item(0)).getAttribute("type")).isEqualTo("text");
	}

	@Test
	void chartsAreSvgWithTablesAndNoInlineStyles() throws Exception {
		fixtures.published(unique("Kaart"), "Voor de kaart.", "Maastricht", "schulden");
		String html = mvc.perform(get("/signalen/cijfers")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<svg class=\"signals-chart\"", "<svg class=\"signals-map\"", "<table class=\"counts\"",
				"Limburg", "Bijzondere bijstand");
		assertThat(html).doesNotContain("style=", "<style");
		mvc.perform(get("/signalen/cijfers").param("thema", "schulden")).andExpect(status().isOk());
	}

	@Test
	void theMunicipalityPageSectionListsItsSignals() throws Exception {
		String title = unique("Heerenveen");
		fixtures.published(title, "Meer aanvragen bij de voedselbank.", "Heerenveen");
		assertThat(municipalitySignals.section("Heerenveen").signals()).anyMatch(s -> s.title().equals(title));
		Ui ui = new Ui(messages, Locale.forLanguageTag("nl"), "/gemeenten/Heerenveen", "/gemeenten/Heerenveen", null,
				null, java.util.List.of(), "Alliantie", false);
		StringOutput output = new StringOutput();
		municipalitySignals.render(ui, "Heerenveen").writeTo(new OwaspHtmlTemplateOutput(output));
		assertThat(output.toString()).contains("Signalen uit deze gemeente", title);
		mvc.perform(get("/gemeenten/Heerenveen")).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString(title)));
	}
}
