package nl.alliantie.lobby;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.lobby.campaigns.Campaigns;
import nl.alliantie.lobby.letters.Response;
import nl.alliantie.lobby.secretary.StateSecretary;
import nl.alliantie.signals.SignalFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public lobby: its Atom feed, and years without any lobby. */
@AlliantieTest
class LobbyPublicPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	StateSecretary secretary;

	@Autowired
	Campaigns campaigns;

	@Autowired
	LobbyFixtures fixtures;

	@Autowired
	nl.alliantie.lobby.letters.LetterStore letters;

	@Autowired
	nl.alliantie.lobby.letters.ResponseMap map;

	@Test
	void theFeedHoldsWhatCameNewestFirstAndNothingUnpublished() throws Exception {
		String word = SignalFixtures.word();
		LocalDate today = LocalDate.now(campaigns.clock());
		long shown = secretary.create(today, "Overleg vandaag " + word);
		secretary.update(shown, today, "Overleg vandaag " + word, "", "Wij vragen **meer** bijstand.", "", true);
		long hidden = secretary.create(today, "Nog geheim " + word);
		long coming = secretary.create(today.plusDays(30), "Overleg straks " + word);
		secretary.update(coming, today.plusDays(30), "Overleg straks " + word, "", "", "", true);

		byte[] atom = mvc.perform(get("/lobby.atom"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn().getResponse().getContentAsByteArray();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom));
		NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
		List<String> titles = new ArrayList<>();
		List<String> published = new ArrayList<>();
		String link = null;
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			String title = entry.getElementsByTagNameNS("*", "title").item(0).getTextContent();
			titles.add(title);
			published.add(entry.getElementsByTagNameNS("*", "published").item(0).getTextContent());
			if (title.equals("Overleg vandaag " + word)) {
				link = ((Element) entry.getElementsByTagNameNS("*", "link").item(0)).getAttribute("href");
				assertThat(entry.getElementsByTagNameNS("*", "content").item(0).getTextContent()).contains("<strong>meer</strong>");
			}
		}
		assertThat(titles).contains("Overleg vandaag " + word)
			.doesNotContain("Nog geheim " + word, "Overleg straks " + word)
			.hasSizeLessThanOrEqualTo(30);
		assertThat(link).endsWith("/lobby/staatssecretaris/" + shown);
		assertThat(published).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(hidden).isPositive();
	}

	@Test
	void theYearPageShowsPerProvinceWhatTheCouncilsDidWithTheLetter() throws Exception {
		var campaign = fixtures.campaign("Landelijk.", "Voorstel");
		letters.start(campaign.id().value(), List.of("Zwolle", "Deventer", "Maastricht"),
				java.util.Map.of("Zwolle", fixtures.griffie("Zwolle"), "Deventer", fixtures.griffie("Deventer"),
						"Maastricht", fixtures.griffie("Maastricht")),
				java.time.Instant.now().minusSeconds(1));
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
			.until(() -> letters.progress(campaign.id().value()).finished());
		letters.respond(campaign.id().value(), "Zwolle", Response.MOTION_PASSED, LocalDate.of(campaign.year(), 6, 1), "", null);
		letters.respond(campaign.id().value(), "Maastricht", Response.ON_AGENDA, LocalDate.of(campaign.year(), 6, 1), "", null);

		assertThat(map.of(campaign.id().value())).filteredOn(t -> t.sent() > 0)
			.extracting(t -> t.province() + " " + t.sent() + "/" + t.takenUp() + "/" + t.motions() + " " + t.percent() + "%")
			.containsExactly("Limburg 1/1/0 100%", "Overijssel 2/1/1 50%");
		mvc.perform(get("/lobby/" + campaign.year()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"<tr><th scope=\"row\">Overijssel</th><td>2</td><td>1</td><td>1</td></tr>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Overijssel: 1 van 2 gemeenteraden")));
	}

	@Test
	void aYearWithoutAnyLobbyIsNotFound() throws Exception {
		mvc.perform(get("/lobby/1999")).andExpect(status().isNotFound());
		mvc.perform(get("/lobby/staatssecretaris/999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/lobby/stuk/999999999")).andExpect(status().isNotFound());
	}
}
