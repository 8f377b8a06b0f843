package nl.alliantie.signals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;

import static nl.alliantie.signals.SignalFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may moderate which signal: the secretariat every signal, a coordinator only the signals of
 * their own region, a representative and an anonymous visitor none; a signal without a region only
 * the secretariat.
 */
@AlliantieTest
class ModerationRightsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	Signals signals;

	@Autowired
	org.springframework.context.ApplicationEventPublisher publisher;

	@Autowired
	nl.alliantie.shared.events.EventsHeard heard;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void aCoordinatorModeratesOnlyTheirOwnRegion() throws Exception {
		String title = unique("Bijstand Assen");
		long assen = fixtures.signal(title, "De gemeente Assen stopt met de bijzondere bijstand voor een bril.", "Assen");
		long maastricht = fixtures.signal(unique("Maastricht"), "Meer vragen bij de voedselbank.", "Maastricht");

		mvc.perform(get("/beheer/signalen/" + assen)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/beheer/signalen/" + assen).with(logins.coordinator("zuid"))).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/signalen/" + assen).with(logins.representative(1))).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/signalen").with(logins.representative(1))).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/signalen/" + assen).with(logins.coordinator("noord"))).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		mvc.perform(get("/beheer/signalen/" + assen).with(logins.secretariat())).andExpect(status().isOk());

		mvc.perform(get("/beheer/signalen").with(logins.coordinator("noord"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("/beheer/signalen/" + assen + "\"")))
			.andExpect(content().string(not(containsString("/beheer/signalen/" + maastricht + "\""))));

		mvc.perform(post("/beheer/signalen/" + assen + "/in-behandeling").with(logins.coordinator("zuid")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(fixtures.status(assen)).isEqualTo("NIEUW");
		mvc.perform(post("/beheer/signalen/" + assen + "/in-behandeling").with(logins.coordinator("noord")).with(csrf()))
			.andExpect(redirectedUrl("/beheer/signalen/" + assen + "?gedaan=in-behandeling"));
		assertThat(fixtures.status(assen)).isEqualTo("IN_BEHANDELING");

		// a coordinator cannot move a signal out of their region
		mvc.perform(post("/beheer/signalen/" + assen + "/bewerken").with(logins.coordinator("noord")).with(csrf())
				.param("titel", title).param("verhaal", "Verplaatst").param("themas", "schulden").param("gemeente", "Maastricht"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/beheer/signalen/" + maastricht + "/in-behandeling").with(logins.coordinator("noord")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(fixtures.status(maastricht)).isEqualTo("NIEUW");
	}

	@Test
	void aSignalWithoutRegionIsForTheSecretariat() throws Exception {
		long nowhere = fixtures.signal(unique("Zonder gemeente"), "Landelijk: toeslagen worden teruggevorderd.", null);
		for (String region : new String[] { "noord", "oost", "zuid", "west" }) {
			mvc.perform(get("/beheer/signalen/" + nowhere).with(logins.coordinator(region))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/beheer/signalen/" + nowhere + "/in-behandeling").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/beheer/signalen/" + nowhere + "/agenda").with(logins.secretariat()).with(csrf()).param("regio", "oost"))
			.andExpect(status().is3xxRedirection());
		assertThat(signals.awaitingAgenda("oost")).anyMatch(item -> item.id().value() == nowhere);
	}

	@Test
	void editingForAnonymityChangesWhatThePublicSees() throws Exception {
		String title = unique("Werken met behoud");
		long id = fixtures.signal(title, "Mevrouw Jansen van de Dorpsstraat 4 moet onbetaald werken.", "Zwolle");
		mvc.perform(get("/signalen/" + id)).andExpect(status().isNotFound());
		mvc.perform(post("/beheer/signalen/" + id + "/bewerken").with(logins.coordinator("oost")).with(csrf())
				.param("titel", title).param("verhaal", "Een inwoner moet onbetaald werken met behoud van uitkering.")
				.param("themas", "werken-met-behoud").param("gemeente", "Zwolle"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/beheer/signalen/" + id + "/in-behandeling").with(logins.coordinator("oost")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/signalen/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Een inwoner moet onbetaald werken")))
			.andExpect(content().string(not(containsString("Dorpsstraat"))));
	}

	@Test
	void theTrailRecordsAgendaDiscussionLobbyAndOutcome() throws Exception {
		String title = unique("Energieschulden");
		long id = fixtures.signal(title, "Steeds meer huishoudens met een energieschuld.", "Nijmegen", "wonen-energie");
		var coordinator = logins.coordinator("oost");
		mvc.perform(post("/beheer/signalen/" + id + "/besproken").with(coordinator).with(csrf())
				.param("datum", "2026-01-20").param("tekst", "Besproken"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Neem het signaal eerst in behandeling.")));
		mvc.perform(post("/beheer/signalen/" + id + "/in-behandeling").with(coordinator).with(csrf()));
		mvc.perform(post("/beheer/signalen/" + id + "/agenda").with(coordinator).with(csrf()).param("overleg", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een nummer in")));
		mvc.perform(post("/beheer/signalen/" + id + "/agenda").with(coordinator).with(csrf()).param("tekst", "Voor januari"))
			.andExpect(status().is3xxRedirection());
		assertThat(signals.awaitingAgenda("oost")).anyMatch(item -> item.id().value() == id);
		mvc.perform(get("/beheer/signalen").param("toon", "agenda").with(coordinator))
			.andExpect(content().string(containsString(title)));
		// a consultation the signals module does not know of (the consultations module never announced it)
		mvc.perform(post("/beheer/signalen/" + id + "/besproken").with(coordinator).with(csrf())
				.param("datum", "2026-01-20").param("tekst", "Afgesproken: navragen bij de wethouder.").param("overleg", "4711"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit regio-overleg kennen we niet")));
		long meeting = 700_000_000L + (long) (Math.random() * 1_000_000);
		transactions.executeWithoutResult(tx -> publisher.publishEvent(new ConsultationPlanned(meeting, "oost",
				LocalDate.of(2026, 1, 20))));
		heard.await();
		mvc.perform(post("/beheer/signalen/" + id + "/besproken").with(coordinator).with(csrf())
				.param("datum", "2026-01-20").param("tekst", "Afgesproken: navragen bij de wethouder.")
				.param("overleg", String.valueOf(meeting)))
			.andExpect(status().is3xxRedirection());
		assertThat(signals.awaitingAgenda("oost")).noneMatch(item -> item.id().value() == id);
		assertThat(signals.discussedIn(meeting)).anyMatch(step -> step.signal().value() == id);
		mvc.perform(post("/beheer/signalen/" + id + "/lobby").with(coordinator).with(csrf())
				.param("datum", "2026-04-15").param("tekst", "Opgenomen in de raadsbrief van april."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/beheer/signalen/" + id + "/afronden").with(coordinator).with(csrf())
				.param("datum", "2026-06-01").param("tekst", "De gemeente verruimt het noodfonds."))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.status(id)).isEqualTo("AFGEROND");
		mvc.perform(get("/signalen/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Afgesproken: navragen bij de wethouder.")))
			.andExpect(content().string(containsString("Opgenomen in de raadsbrief van april.")))
			.andExpect(content().string(containsString("De gemeente verruimt het noodfonds.")))
			.andExpect(content().string(containsString("href=\"/regio-overleggen/" + meeting + "\"")))
			.andExpect(content().string(containsString("regio-overleg van 20 januari 2026")));
	}

	@Test
	void aDuplicateIsMergedIntoTheOther() throws Exception {
		long first = fixtures.signal(unique("Voedselbank Emmen"), "Meer aanvragen.", "Emmen", "voedselbank");
		long second = fixtures.signal(unique("Voedselbank Emmen 2"), "Ook hier meer aanvragen.", "Emmen", "kinderen");
		mvc.perform(post("/beheer/signalen/" + second + "/samenvoegen").with(logins.coordinator("noord")).with(csrf())
				.param("doel", String.valueOf(second)))
			.andExpect(content().string(containsString("niet met zichzelf")));
		mvc.perform(post("/beheer/signalen/" + second + "/samenvoegen").with(logins.coordinator("noord")).with(csrf())
				.param("doel", "#" + first))
			.andExpect(status().is3xxRedirection());
		assertThat(fixtures.status(second)).isEqualTo("NIET_GEPUBLICEERD");
		mvc.perform(get("/beheer/signalen/" + first).with(logins.coordinator("noord")))
			.andExpect(content().string(containsString("value=\"kinderen\" checked")));
	}
}
