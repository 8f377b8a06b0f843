package nl.alliantie.consultations;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.signals.SignalFixtures;
import nl.alliantie.signals.SignalId;
import nl.alliantie.signals.Signals;

import static nl.alliantie.signals.SignalFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The link between signals and consultations, end to end: a signal put on the agenda of a coming
 * consultation of its region shows there as an agenda item (the public sees only a published
 * signal's moderated title, never its reporter), and what the minutes record of it moves the
 * signal to "besproken in regio-overleg" with the consultation and the outcome on its trail.
 */
@AlliantieTest
class SignalsOnTheAgendaTest {

	/** Signals hear the consultations' events after their commit, on a thread of their own (docs/adr/0012). */
	static final Duration WAIT = Duration.ofSeconds(20);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	ConsultationFixtures consultations;

	@Autowired
	SignalFixtures signals;

	@Autowired
	Signals facade;

	@Test
	void aSignalOnTheAgendaShowsOnTheConsultationPageAndTheMinutesWriteItsTrail() throws Exception {
		RequestPostProcessor coordinator = logins.coordinator("oost");
		long meeting = consultations.planned("oost", Duration.ofDays(20));
		String title = unique("Energiefonds leeg");
		long shown = signals.signalBy("Truus Geheim", "truus.geheim@example.org", title,
				"Een oudere inwoner zit in de kou. Het energiefonds was na twee maanden leeg.", "Zwolle", true);
		String hiddenTitle = unique("Zonder toestemming");
		long hidden = signals.signalBy("Piet Verborgen", "piet.verborgen@example.org", hiddenTitle,
				"Een gezin kan de huur niet betalen.", "Deventer", false);
		for (long id : new long[] { shown, hidden }) {
			mvc.perform(post("/beheer/signalen/" + id + "/in-behandeling").with(coordinator).with(csrf()))
				.andExpect(status().is3xxRedirection());
			// on the agenda of the next consultation still to be planned: it waits
			mvc.perform(post("/beheer/signalen/" + id + "/agenda").param("overleg", "").with(coordinator).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(facade.awaitingAgenda("oost")).extracting(item -> item.id().value()).contains(shown, hidden);

		// preparing the agenda, the coordinator sees the region's waiting signals and takes them on
		mvc.perform(get("/beheer/regio-overleggen/" + meeting).with(coordinator))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Signalen die wachten op de agenda"), containsString(title),
					containsString(hiddenTitle), containsString("name=\"signaal\" value=\"" + shown + "\""))));
		// a coordinator of another region cannot
		mvc.perform(post("/beheer/regio-overleggen/" + meeting + "/signalen").param("signaal", String.valueOf(shown))
				.with(logins.coordinator("noord")).with(csrf()))
			.andExpect(status().isForbidden());
		for (long id : new long[] { shown, hidden }) {
			mvc.perform(post("/beheer/regio-overleggen/" + meeting + "/signalen").param("signaal", String.valueOf(id))
					.with(coordinator).with(csrf()))
				.andExpect(redirectedUrl("/beheer/regio-overleggen/" + meeting + "?melding=signaal#agenda"));
		}
		await().atMost(WAIT).untilAsserted(() -> assertThat(facade.onAgendaOf(meeting)).extracting(item -> item.id().value()).contains(shown, hidden));
		assertThat(facade.trail(new SignalId(shown))).anySatisfy(step -> {
			assertThat(step.kind()).isEqualTo("AGENDA");
			assertThat(step.consultationId()).isEqualTo(meeting);
		});

		// the public sees the published signal with its link, of the other only that there is one
		mvc.perform(get("/regio-overleggen/" + meeting))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(title), containsString("href=\"/signalen/" + shown + "\""),
					containsString("Een signaal uit de praktijk (niet openbaar)"))))
			.andExpect(content().string(allOf(not(containsString(hiddenTitle)), not(containsString("/signalen/" + hidden)),
					not(containsString("Geheim")), not(containsString("Verborgen")), not(containsString("example.org")))));
		// the coordinator sees both, linked to where they handle them
		mvc.perform(get("/beheer/regio-overleggen/" + meeting).with(coordinator))
			.andExpect(content().string(allOf(containsString("href=\"/beheer/signalen/" + shown + "\""),
					containsString("href=\"/beheer/signalen/" + hidden + "\""), containsString(hiddenTitle),
					not(containsString("name=\"signaal\" value=\"" + shown + "\"")))));
		// the signal's own page names the consultation
		mvc.perform(get("/beheer/signalen/" + shown).with(coordinator))
			.andExpect(content().string(containsString("href=\"/regio-overleggen/" + meeting + "\"")));

		// minutes are for a meeting that has begun
		mvc.perform(post("/beheer/regio-overleggen/" + meeting + "/signalen/" + shown + "/besproken")
				.param("uitkomst", "Te vroeg").with(coordinator).with(csrf()))
			.andExpect(status().isConflict());
		consultations.startsIn(meeting, Duration.ofHours(-3));
		mvc.perform(get("/beheer/regio-overleggen/" + meeting + "/verslag").with(coordinator))
			.andExpect(content().string(allOf(containsString("Signalen op de agenda"), containsString(title),
					containsString("id=\"uitkomst-" + shown + "\""), containsString("id=\"uitkomst-" + hidden + "\""))));
		mvc.perform(post("/beheer/regio-overleggen/" + meeting + "/signalen/" + shown + "/besproken")
				.param("uitkomst", "  ").with(coordinator).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Schrijf kort wat er besproken en afgesproken is.")));
		String outcome = "Afgesproken: het energiefonds aankaarten bij de wethouder " + unique("x") + ".";
		mvc.perform(post("/beheer/regio-overleggen/" + meeting + "/signalen/" + shown + "/besproken")
				.param("uitkomst", outcome).with(coordinator).with(csrf()))
			.andExpect(redirectedUrl("/beheer/regio-overleggen/" + meeting + "/verslag?melding=signaalBesproken#signalen"));

		await().atMost(WAIT).untilAsserted(() -> assertThat(signals.status(shown)).isEqualTo("BESPROKEN"));
		assertThat(signals.status(hidden)).isEqualTo("IN_BEHANDELING");
		assertThat(facade.discussedIn(meeting)).singleElement().satisfies(step -> {
			assertThat(step.signal().value()).isEqualTo(shown);
			assertThat(step.text()).isEqualTo(outcome);
		});
		assertThat(facade.awaitingAgenda("oost")).extracting(item -> item.id().value()).doesNotContain(shown).contains(hidden);
		// recorded once: a second time changes nothing
		mvc.perform(post("/beheer/regio-overleggen/" + meeting + "/signalen/" + shown + "/besproken")
				.param("uitkomst", "Nog eens").with(coordinator).with(csrf()))
			.andExpect(redirectedUrl("/beheer/regio-overleggen/" + meeting + "/verslag?melding=signaalNiet#signalen"));
		assertThat(facade.discussedIn(meeting)).hasSize(1);

		// the trail shows where it was discussed (with a link) and what came of it
		mvc.perform(get("/signalen/" + shown))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Besproken in het regio-overleg"),
					containsString("href=\"/regio-overleggen/" + meeting + "\""), containsString(outcome),
					not(containsString("Geheim")))));
		// and the consultation shows what came of it, in the minutes and publicly
		mvc.perform(get("/regio-overleggen/" + meeting))
			.andExpect(content().string(allOf(containsString(title), containsString(outcome),
					not(containsString(hiddenTitle)))));
		mvc.perform(get("/beheer/regio-overleggen/" + meeting + "/verslag").with(coordinator))
			.andExpect(content().string(allOf(containsString(outcome), not(containsString("id=\"uitkomst-" + shown + "\"")),
					containsString("id=\"uitkomst-" + hidden + "\""))));
	}

	@Test
	void theAgendaChoiceOffersTheComingConsultationsOfTheRegionAndACancelledOneLetsItsSignalsWait() throws Exception {
		RequestPostProcessor coordinator = logins.coordinator("zuid");
		long first = consultations.planned("zuid", Duration.ofDays(30));
		long second = consultations.planned("zuid", Duration.ofDays(90));
		long elsewhere = consultations.planned("west", Duration.ofDays(30));
		long id = signals.published(unique("Wachtlijst schuldhulp"), "Tien weken wachten op een eerste gesprek.", "Tilburg");

		await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/beheer/signalen/" + id).with(coordinator))
			.andExpect(content().string(allOf(containsString("<option value=\"" + first + "\""),
					containsString("<option value=\"" + second + "\""),
					not(containsString("<option value=\"" + elsewhere + "\""))))));
		mvc.perform(post("/beheer/signalen/" + id + "/agenda").param("overleg", String.valueOf(elsewhere))
				.with(coordinator).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit regio-overleg is van een andere regio dan het signaal.")));
		mvc.perform(post("/beheer/signalen/" + id + "/agenda").param("overleg", String.valueOf(first))
				.with(coordinator).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(facade.onAgendaOf(first)).extracting(item -> item.id().value()).contains(id);
		mvc.perform(get("/regio-overleggen/" + first)).andExpect(content().string(containsString("/signalen/" + id)));

		// moving the meeting keeps it on the agenda; calling it off lets it wait for another one
		java.time.LocalDate moved = java.time.LocalDate.now().plusDays(35);
		mvc.perform(post("/beheer/regio-overleggen/" + first).param("regio", "zuid").param("datum", moved.toString())
				.param("begintijd", "10:00").param("eindtijd", "12:00").param("locatie", "Zaal").param("adres", "")
				.param("route", "").param("onlineLink", "").with(coordinator).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(facade.onAgendaOf(first)).extracting(item -> item.id().value()).contains(id);
		await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/beheer/signalen/" + id).with(coordinator))
			.andExpect(content().string(containsString(
					moved.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu", java.util.Locale.of("nl")))))));
		mvc.perform(post("/beheer/regio-overleggen/" + first + "/annuleren").with(coordinator).with(csrf()))
			.andExpect(status().is3xxRedirection());
		await().atMost(WAIT).untilAsserted(() -> assertThat(facade.onAgendaOf(first)).isEmpty());
		assertThat(facade.awaitingAgenda("zuid")).anySatisfy(item -> {
			assertThat(item.id().value()).isEqualTo(id);
			assertThat(item.consultationId()).isNotEqualTo(first);
		});
		mvc.perform(get("/regio-overleggen/" + first)).andExpect(content().string(not(containsString("/signalen/" + id))));
		mvc.perform(get("/beheer/signalen/" + id).with(coordinator))
			.andExpect(content().string(allOf(not(containsString("<option value=\"" + first + "\"")),
					containsString("<option value=\"" + second + "\""))));
	}
}
