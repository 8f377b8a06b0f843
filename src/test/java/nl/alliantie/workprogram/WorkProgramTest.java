package nl.alliantie.workprogram;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.lobby.LobbyFixtures;
import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.letters.LetterStore;
import nl.alliantie.lobby.letters.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The work program: an activity carried by the council letter shows the letters sent, read from the
 * lobby (a letter sent moves it); the year report holds the year's figures, also in its PDF (read
 * back with PDFBox); the secretariat's form says what is wrong beside the field and keeps the input.
 */
@AlliantieTest
class WorkProgramTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	LobbyFixtures lobby;

	@Autowired
	LetterStore letters;

	@Test
	void aLetterSentMovesTheActivityAndTheYearReportHoldsTheFigures() throws Exception {
		Campaign campaign = lobby.campaign("De nationale tekst.", "Meer bijzondere bijstand");
		int year = campaign.year();
		String title = "Raadsbrief naar alle gemeenten " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/beheer/werkprogramma").with(logins.secretariat()).with(csrf())
				.param("jaar", Integer.toString(year)).param("titel", title)
				.param("beschrijving", "We schrijven **elke** gemeenteraad aan.").param("trekker", "Secretariaat")
				.param("periode", "voorjaar").param("stand", "ONGOING").param("bron", "COUNCIL_LETTERS"))
			.andExpect(status().is3xxRedirection());
		String other = "Symposium " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/beheer/werkprogramma").with(logins.secretariat()).with(csrf())
				.param("jaar", Integer.toString(year)).param("titel", other).param("beschrijving", "")
				.param("trekker", "").param("periode", "").param("stand", "DROPPED").param("bron", ""))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/werkprogramma/" + year))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("<strong>elke</strong>")))
			.andExpect(content().string(not(containsString("van 1 raadsbrieven verstuurd"))));

		String griffie = lobby.griffie("Zutphen");
		letters.start(campaign.id().value(), List.of("Zutphen"), Map.of("Zutphen", griffie), Instant.now().minusSeconds(1));
		mvc.perform(get("/werkprogramma/" + year))
			.andExpect(content().string(containsString("0 van 1 raadsbrieven verstuurd")));
		Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get("/werkprogramma/" + year))
			.andExpect(content().string(containsString("1 van 1 raadsbrieven verstuurd"))));

		letters.respond(campaign.id().value(), "Zutphen", Response.ON_AGENDA, campaign.sendOn().plusDays(20), "", null);
		mvc.perform(get("/jaarverslag/" + year))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 van 1 raadsbrieven verstuurd")))
			.andExpect(content().string(containsString("1 van 1 gemeenteraden reageerden")))
			.andExpect(content().string(containsString(other)))
			.andExpect(content().string(containsString("Van de 2 activiteiten zijn er 0 gedaan, 1 bezig, 0 gepland en 1 vervallen.")));

		MvcResult pdf = mvc.perform(get("/jaarverslag/" + year + ".pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn();
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Jaarverslag " + year)
				.contains("1 van 1 raadsbrieven verstuurd")
				.contains("1 van 1 gemeenteraden reageerden")
				.contains("aangesloten organisaties")
				.contains("signalen uit de praktijk")
				.contains(title)
				.contains(other);
		}
	}

	@Test
	void theFormSaysWhatIsWrongBesideTheFieldAndKeepsTheInput() throws Exception {
		mvc.perform(post("/beheer/werkprogramma").with(logins.secretariat()).with(csrf())
				.param("jaar", "twintig").param("titel", "").param("beschrijving", "Mijn <b>tekst</b>")
				.param("trekker", "Werkgroep Noord").param("periode", "x".repeat(101)).param("stand", "KLAAR")
				.param("bron", "GEEN"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Vul een jaar in tussen 2000 en 2100")))
			.andExpect(content().string(containsString("Vul een titel in.")))
			.andExpect(content().string(containsString("Maak de periode korter dan 100 tekens.")))
			.andExpect(content().string(containsString("Kies hoe ver de activiteit is.")))
			.andExpect(content().string(containsString("Kies waar de voortgang vandaan komt")))
			.andExpect(content().string(containsString("value=\"Werkgroep Noord\"")))
			.andExpect(content().string(containsString("Mijn &lt;b&gt;tekst&lt;/b&gt;")));
		mvc.perform(post("/beheer/werkprogramma").with(logins.coordinator("oost")).with(csrf()).param("titel", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anActivityIsChangedAndDeleted() throws Exception {
		String title = "Rondetafel " + UUID.randomUUID().toString().substring(0, 6);
		MvcResult made = mvc.perform(post("/beheer/werkprogramma").with(logins.secretariat()).with(csrf())
				.param("jaar", "2031").param("titel", title).param("beschrijving", "").param("trekker", "")
				.param("periode", "").param("stand", "PLANNED").param("bron", "REGIONAL_CONSULTATIONS"))
			.andReturn();
		assertThat(made.getResponse().getRedirectedUrl()).endsWith("jaar=2031");
		String page = mvc.perform(get("/beheer/werkprogramma?jaar=2031").with(logins.secretariat()))
			.andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("href=\"(/beheer/werkprogramma/activiteit/[0-9]+)\">" + title).matcher(page);
		assertThat(link.find()).isTrue();
		mvc.perform(post(link.group(1)).with(logins.secretariat()).with(csrf()).param("titel", title + " gedaan")
				.param("beschrijving", "").param("trekker", "").param("periode", "").param("stand", "DONE").param("bron", ""))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/werkprogramma/2031")).andExpect(content().string(containsString(title + " gedaan")))
			.andExpect(content().string(containsString("gedaan")));
		mvc.perform(post(link.group(1) + "/verwijderen").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/werkprogramma/2031")).andExpect(content().string(not(containsString(title))));
		mvc.perform(get(link.group(1)).with(logins.secretariat())).andExpect(status().isNotFound());
	}

	@Test
	void yearsOutsideTheRangeAreNotFound() throws Exception {
		mvc.perform(get("/werkprogramma/1999")).andExpect(status().isNotFound());
		mvc.perform(get("/jaarverslag/99999")).andExpect(status().isNotFound());
		mvc.perform(get("/jaarverslag/2101.pdf")).andExpect(status().isNotFound());
		mvc.perform(get("/werkprogramma")).andExpect(status().isOk());
	}
}
