package nl.alliantie.events;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.conferences.Occasions;
import nl.alliantie.events.announcing.EventStore;
import nl.alliantie.shared.db.StatementCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretariat sees who registered for a one-off event (name, organisation, state, when), by
 * state and by name, a page at a time in a fixed number of queries, downloads it as an Excel-safe
 * CSV, and ticks people present from the day itself — all through the conferences module's
 * registrations ({@code conferences.Occasions}), refused beside the row where it cannot be.
 */
@AlliantieTest
class EventRegistrantsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	EventFixtures fixtures;

	@Autowired
	EventStore store;

	@Autowired
	Occasions occasions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecretariatSeesTheRegistrantsByStateDownloadsThemAndTicksThemPresentOnTheDay() throws Exception {
		long id = fixtures.symposium(LocalDate.now().plusDays(12), 2);
		var event = store.find(id).orElseThrow();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		register(event.occasion(), "Anna " + tag, "Buurtgroep Oost");
		register(event.occasion(), "Bert " + tag, "=HYPERLINK(\"http://x\")");
		register(event.occasion(), "Cees " + tag, "Voedselbank");
		long eva = register(event.occasion(), "Eva " + tag, "");
		jdbc.sql("update conferences_registration set status = 'cancelled', cancelled_at = now() where id = :id")
			.param("id", eva).update();
		String path = "/beheer/bijeenkomsten/" + id + "/aanmeldingen";

		Document all = page(path);
		assertThat(names(all)).containsExactly("Anna " + tag, "Bert " + tag, "Cees " + tag, "Eva " + tag);
		assertThat(all.select("#r" + eva).text()).contains("Afgezegd");
		assertThat(all.select("tbody tr").get(2).text()).contains("Voedselbank").contains("Op de wachtlijst");
		assertThat(all.select("tbody tr").get(0).text()).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
		assertThat(all.select("tbody form")).as("no ticking before the day").isEmpty();
		assertThat(all.text()).contains("vanaf de dag zelf");
		assertThat(names(page(path + "?status=waiting"))).containsExactly("Cees " + tag);
		assertThat(names(page(path + "?zoek=BERT"))).containsExactly("Bert " + tag);
		// a state that is none and a name far too long: said beside their fields, what was typed kept
		Document wrong = page(path + "?status=onbekend&zoek=" + "x".repeat(101));
		assertThat(wrong.select("#status-error").text()).isEqualTo("Kies een stand uit de lijst.");
		assertThat(wrong.select("#zoek-error").text()).contains("100");
		assertThat(wrong.select("#zoek").val()).hasSize(101);
		assertThat(names(wrong)).hasSize(4);

		long anna = registration(event.occasion(), "Anna " + tag);
		long cees = registration(event.occasion(), "Cees " + tag);
		// before the day: refused beside the row, whoever sends it
		Document early = Jsoup.parse(mvc.perform(post(path + "/" + anna + "/aanwezig").with(logins.secretariat()).with(csrf())
				.param("aanwezig", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(early.select("#aanwezig-" + anna + "-error").text()).contains("vanaf de dag zelf");
		assertThat(checkedIn(anna)).isFalse();

		// the day has come
		jdbc.sql("update events_event set held_on = current_date, closes_on = current_date where id = :id").param("id", id).update();
		Document today = page(path);
		assertThat(today.select("#r" + anna + " form button").text()).isEqualTo("Is er");
		assertThat(today.select("#r" + cees + " form")).as("waiting: no place to be present in").isEmpty();
		mvc.perform(post(path + "/" + anna + "/aanwezig").with(logins.secretariat()).with(csrf()).param("aanwezig", "true")
				.param("status", "registered").param("pagina", "1"))
			.andExpect(redirectedUrl(path + "?status=registered#r" + anna));
		assertThat(checkedIn(anna)).isTrue();
		Document ticked = page(path + "?status=registered");
		assertThat(ticked.select("#r" + anna).text()).contains("Aanwezig").contains("Toch niet");
		assertThat(ticked.text()).contains("1 aanwezig");
		Document noPlace = Jsoup.parse(mvc.perform(post(path + "/" + cees + "/aanwezig").with(logins.secretariat()).with(csrf())
				.param("aanwezig", "true")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(noPlace.select("#aanwezig-" + cees + "-error").text()).contains("geen plaats");
		assertThat(noPlace.select(".error-summary a[href=#aanwezig-" + cees + "]")).hasSize(1);
		assertThat(checkedIn(cees)).isFalse();
		// a registration of another event is not found here
		long other = fixtures.symposium(LocalDate.now().plusDays(12), 5);
		long stranger = register(store.find(other).orElseThrow().occasion(), "Vreemde " + tag, "");
		mvc.perform(post(path + "/" + stranger + "/aanwezig").with(logins.secretariat()).with(csrf()).param("aanwezig", "true"))
			.andExpect(status().isNotFound());
		mvc.perform(post(path + "/" + anna + "/aanwezig").with(logins.secretariat()).with(csrf()).param("aanwezig", "false"))
			.andExpect(status().is3xxRedirection());
		assertThat(checkedIn(anna)).isFalse();

		// the CSV: every registration, a formula neutralised
		var csv = mvc.perform(get(path + ".csv").with(logins.secretariat())).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn().getResponse();
		String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFNaam;Organisatie;E-mailadres;Stand;Aangemeld op;Bevestigd;Aanwezig;Wensen\r\n");
		assertThat(text.split("\r\n")).hasSize(5);
		assertThat(text).contains("Bert " + tag + ";\"'=HYPERLINK(\"\"http://x\"\")\";").contains(";Afgezegd;");
		assertThat(csv.getHeader("Content-Disposition")).contains("aanmeldingen-bijeenkomst-" + id + ".csv");

		// only for the secretariat
		mvc.perform(get(path)).andExpect(status().is3xxRedirection());
		mvc.perform(get(path).with(logins.coordinator("noord"))).andExpect(status().isForbidden());
	}

	@Test
	void aPageOfRegistrantsTakesAFixedNumberOfQueries() throws Exception {
		long small = fixtures.symposium(LocalDate.now().plusDays(15), 10);
		long large = fixtures.symposium(LocalDate.now().plusDays(15), 200);
		register(store.find(small).orElseThrow().occasion(), "Enige", "");
		var occasion = store.find(large).orElseThrow().occasion();
		for (int i = 0; i < 120; i++) {
			register(occasion, "Persoon " + i, "Groep " + i);
		}
		// a first request of a login reads once what the frame keeps
		statements("/beheer/bijeenkomsten/" + small + "/aanmeldingen");
		int one = statements("/beheer/bijeenkomsten/" + small + "/aanmeldingen");
		int full = statements("/beheer/bijeenkomsten/" + large + "/aanmeldingen");
		int third = statements("/beheer/bijeenkomsten/" + large + "/aanmeldingen?pagina=3");
		assertThat(names(page("/beheer/bijeenkomsten/" + large + "/aanmeldingen?pagina=3"))).hasSize(20);
		System.out.println("Statements of /beheer/bijeenkomsten/{id}/aanmeldingen: 1 registration " + one + ", page 1 of 120 "
				+ full + ", page 3 of 120 " + third);
		assertThat(full).isEqualTo(one).isEqualTo(third);
		// the page's own four (event, registrants, places, present) and the login's and frame's
		assertThat(one).isLessThanOrEqualTo(9);
	}

	private long register(nl.alliantie.conferences.OccasionId occasion, String name, String organisation) {
		String email = name.toLowerCase().replaceAll("[^a-z0-9]", "") + "-" + UUID.randomUUID() + "@test.alliantie.local";
		assertThat(occasions.registerConfirmed(occasion, new Occasions.Registration(name, email, organisation, "", "nl"))
			.registered()).isTrue();
		return registration(occasion, name);
	}

	private long registration(nl.alliantie.conferences.OccasionId occasion, String name) {
		return jdbc.sql("select id from conferences_registration where day_id = :day and name = :name")
			.param("day", occasion.value()).param("name", name).query(Long.class).single();
	}

	private boolean checkedIn(long registration) {
		return jdbc.sql("select checked_in_at is not null from conferences_registration where id = :id")
			.param("id", registration).query(Boolean.class).single();
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(mvc.perform(get(path).with(logins.secretariat())).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString());
	}

	private static List<String> names(Document page) {
		return page.select("tbody tr td:first-child").eachText();
	}

	private int statements(String path) {
		return StatementCount.of(() -> {
			try {
				return mvc.perform(get(path).with(logins.secretariat())).andExpect(status().isOk()).andReturn().getResponse()
					.getStatus();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).statements();
	}
}
