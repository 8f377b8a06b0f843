package nl.alliantie.lobby;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.letters.LetterState;
import nl.alliantie.lobby.letters.LetterStore;
import nl.alliantie.lobby.letters.Response;
import nl.alliantie.lobby.secretary.CommitmentStatus;
import nl.alliantie.lobby.secretary.StateSecretary;
import nl.alliantie.shared.events.EventsHeard;
import nl.alliantie.signals.SignalFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Consultations with the state secretary: a position paper whose points cite signals and council
 * responses (page and PDF), the report, and commitments followed up at the next consultation.
 */
@AlliantieTest
class LobbyStateSecretaryTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	LobbyFixtures fixtures;

	@Autowired
	SignalFixtures signals;

	@Autowired
	LetterStore letters;

	@Autowired
	StateSecretary secretary;

	@Autowired
	EventsHeard events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestLogins logins;

	private long meeting(LocalDate on, String title) throws Exception {
		String location = mvc.perform(post("/beheer/lobby/staatssecretaris").with(logins.secretariat()).with(csrf())
				.param("datum", on.toString()).param("titel", title))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void thePositionPaperCitesSignalsAndCouncilResponsesAndCommitmentsAreFollowedUpAtTheNextConsultation() throws Exception {
		String word = SignalFixtures.word();
		Campaign campaign = fixtures.campaign("Landelijk.", "Voorstel");
		letters.start(campaign.id().value(), List.of("Zwolle"), Map.of("Zwolle", fixtures.griffie("Zwolle")),
				Instant.now().minusSeconds(1));
		Awaitility.await().atMost(Duration.ofSeconds(60))
			.until(() -> letters.find(campaign.id().value(), "Zwolle").orElseThrow().state() == LetterState.QUEUED);
		letters.respond(campaign.id().value(), "Zwolle", Response.MOTION_PASSED, LocalDate.of(campaign.year(), 6, 1),
				"Motie over de bijzondere bijstand.", null);
		long signal = signals.published("Staatssignaal " + word, "Wachtlijsten bij de schuldhulp.", "Zwolle");

		long first = meeting(LocalDate.of(campaign.year(), 5, 20), "Voorjaarsoverleg " + word);
		mvc.perform(post("/beheer/lobby/staatssecretaris/" + first).with(logins.secretariat()).with(csrf())
				.param("datum", campaign.year() + "-05-20").param("titel", "Voorjaarsoverleg " + word)
				.param("deelnemers", "Staatssecretaris, twee ervaringsdeskundigen").param("inleiding", "Wij vragen u om *drie* dingen.")
				.param("verslag", "Een goed gesprek over schulden.").param("gepubliceerd", "ja"))
			.andExpect(status().is3xxRedirection());
		// a council the letter did not go to is named beside the field, and the text stays
		mvc.perform(post("/beheer/lobby/staatssecretaris/" + first + "/punten").with(logins.secretariat()).with(csrf())
				.param("nummer", "1").param("titel", "Schuldhulp binnen een week " + word).param("toelichting", "Wachten maakt schulden groter.")
				.param("signalen", Long.toString(signal)).param("gemeenten", "Atlantis, zwolle"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("De raadsbrief " + campaign.year() + " ging niet naar: Atlantis.")))
			.andExpect(content().string(containsString("value=\"Schuldhulp binnen een week " + word + "\"")));
		mvc.perform(post("/beheer/lobby/staatssecretaris/" + first + "/punten").with(logins.secretariat()).with(csrf())
				.param("nummer", "1").param("titel", "Schuldhulp binnen een week " + word).param("toelichting", "Wachten maakt schulden groter.")
				.param("signalen", Long.toString(signal)).param("gemeenten", "zwolle"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/beheer/lobby/staatssecretaris/" + first + "/toezeggingen").with(logins.secretariat()).with(csrf())
				.param("wat", "Onderzoek naar wachttijden " + word))
			.andExpect(status().is3xxRedirection());
		var point = secretary.points(first).get(0);
		assertThat(secretary.responses(first).get(point.id())).singleElement()
			.satisfies(r -> assertThat(r.municipality()).isEqualTo("Zwolle"));

		mvc.perform(get("/lobby/staatssecretaris/" + first))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Staatssecretaris, twee ervaringsdeskundigen")))
			.andExpect(content().string(containsString("<em>drie</em>")))
			.andExpect(content().string(containsString("Schuldhulp binnen een week " + word)))
			.andExpect(content().string(containsString("Staatssignaal " + word)))
			.andExpect(content().string(containsString("Gemeenteraad van Zwolle (raadsbrief " + campaign.year() + "): Motie of amendement aangenomen")))
			.andExpect(content().string(containsString("Een goed gesprek over schulden.")))
			.andExpect(content().string(containsString("Onderzoek naar wachttijden " + word)));
		mvc.perform(get("/lobby/" + campaign.year()))
			.andExpect(content().string(containsString("href=\"/lobby/staatssecretaris/" + first + "\"")));

		byte[] pdf = mvc.perform(get("/lobby/staatssecretaris/" + first + ".pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Voorjaarsoverleg " + word).contains("Schuldhulp binnen een week " + word)
				.contains("Staatssignaal " + word).contains("Gemeenteraad van Zwolle");
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
				}
			}
		}

		// the signal goes into the lobby; its trail leads to the point
		events.await();
		assertThat(signals.status(signal)).isEqualTo("IN_LOBBY");
		assertThat(jdbc.sql("select count(*) from signals_trail where signal_id = :id and kind = 'LOBBY' and lobby_id = :lobby")
			.param("id", signal).param("lobby", point.id()).query(Integer.class).single()).isEqualTo(1);
		mvc.perform(get("/lobby/stuk/" + point.id())).andExpect(redirectedUrl("/lobby/staatssecretaris/" + first + "#punt-1"));

		// at the next consultation the open commitment is checked
		long second = meeting(LocalDate.of(campaign.year(), 11, 18), "Najaarsoverleg " + word);
		var commitment = secretary.commitments(first).get(0);
		mvc.perform(get("/beheer/lobby/staatssecretaris/" + second).with(logins.secretariat()))
			.andExpect(content().string(containsString("Nog open uit eerdere overleggen")))
			.andExpect(content().string(containsString("Onderzoek naar wachttijden " + word)));
		mvc.perform(post("/beheer/lobby/staatssecretaris/" + second + "/toezeggingen/" + commitment.id()).with(logins.secretariat()).with(csrf())
				.param("wat", commitment.what()).param("status", "WEET_NIET").param("notitie", "Rapport " + word))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kies een van de mogelijkheden.")))
			.andExpect(content().string(containsString("Rapport " + word)));
		mvc.perform(post("/beheer/lobby/staatssecretaris/" + second + "/toezeggingen/" + commitment.id()).with(logins.secretariat()).with(csrf())
				.param("wat", commitment.what()).param("status", "KEPT").param("notitie", "Het rapport kwam in oktober."))
			.andExpect(status().is3xxRedirection());
		var kept = secretary.commitment(commitment.id()).orElseThrow();
		assertThat(kept.status()).isEqualTo(CommitmentStatus.KEPT);
		assertThat(kept.checkedOn()).isNotNull();
		assertThat(secretary.openBefore(secretary.find(second).orElseThrow())).noneMatch(c -> c.id() == commitment.id());

		// the second consultation is not public until the secretariat says so; then it shows the first one's commitments
		mvc.perform(get("/lobby/staatssecretaris/" + second)).andExpect(status().isNotFound());
		mvc.perform(get("/lobby/staatssecretaris/" + second + ".pdf")).andExpect(status().isNotFound());
		mvc.perform(post("/beheer/lobby/staatssecretaris/" + second).with(logins.secretariat()).with(csrf())
				.param("datum", campaign.year() + "-11-18").param("titel", "Najaarsoverleg " + word).param("gepubliceerd", "ja"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/lobby/staatssecretaris/" + second))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Toezeggingen van het vorige overleg")))
			.andExpect(content().string(containsString("Nagekomen")))
			.andExpect(content().string(containsString("Het rapport kwam in oktober.")));
	}

	@Test
	void theLobbyListsOfTheSecretariatAnswerAnExtremePage() throws Exception {
		Campaign campaign = fixtures.campaign("Landelijk.", "Voorstel");
		for (String path : new String[] { "/beheer/lobby", "/beheer/lobby/kamer", "/beheer/lobby/staatssecretaris",
				campaign.adminHref() + "/gemeenten" }) {
			for (String page : new String[] { "2147483647", "-2147483648", "0", "1000" }) {
				mvc.perform(get(path).param("pagina", page).with(logins.secretariat())).andExpect(status().isOk());
			}
		}
	}

	@Test
	void aConsultationWithoutADateIsRefusedBesideTheField() throws Exception {
		mvc.perform(post("/beheer/lobby/staatssecretaris").with(logins.secretariat()).with(csrf())
				.param("datum", "volgende week").param("titel", "Overleg zonder datum"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Vul een datum in, zoals")))
			.andExpect(content().string(containsString("value=\"Overleg zonder datum\"")));
		mvc.perform(post("/beheer/lobby/staatssecretaris").with(csrf()).param("datum", "2026-05-01").param("titel", "Zonder login"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403));
		assertThat(jdbc.sql("select count(*) from lobby_meeting where title = 'Zonder login'").query(Integer.class).single()).isZero();
	}
}
