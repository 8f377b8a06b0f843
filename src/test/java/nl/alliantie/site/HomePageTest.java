package nl.alliantie.site;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.calendar.PublicCalendar;
import nl.alliantie.consultations.ConsultationFixtures;
import nl.alliantie.signals.SignalFixtures;
import nl.alliantie.signals.Signals;
import nl.alliantie.shared.time.DutchTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page as a dashboard: the next dates of the one calendar, the latest published signals,
 * this year's figures as the modules count them, and a subscribe form that reaches the newsletter;
 * with its style sheet under 100 KB.
 */
@AlliantieTest
class HomePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsultationFixtures consultations;

	@Autowired
	SignalFixtures signalFixtures;

	@Autowired
	PublicCalendar calendar;

	@Autowired
	Signals signals;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theHomePageShowsTheNextDatesTheLatestSignalsAndTheFigures() throws Exception {
		consultations.planned("zuid", Duration.ofHours(30));
		String title = "Wachtlijst schuldhulp " + UUID.randomUUID().toString().substring(0, 6);
		long signal = signalFixtures.published(title, "Drie maanden wachten op een eerste gesprek.", "Tilburg");
		jdbc.sql("update signals_signal set seen_on = current_date + 400 where id = :id").param("id", signal).update();

		String home = mvc.perform(get("/")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		var next = calendar.upcoming(4);
		assertThat(next).isNotEmpty();
		for (var entry : next) {
			assertThat(home).contains("href=\"" + entry.path() + "\"");
		}
		assertThat(home).contains(title).contains("href=\"/signalen/" + signal + "\"");
		assertThat(signals.latestPublished(3)).first().matches(s -> s.id().value() == signal);

		int members = jdbc.sql("select count(*) from network_organisation where status = 'AANGESLOTEN'")
			.query(Integer.class).single();
		int year = java.time.LocalDate.now(DutchTime.ZONE).getYear();
		int agendas = jdbc.sql("select count(*) from agendas_agenda where year = :year").param("year", year)
			.query(Integer.class).single();
		assertThat(home).contains("<dt>Aangesloten organisaties</dt><dd>" + members + "</dd>")
			.contains("<dt>Gemeenten met een lokale sociale agenda</dt><dd>" + agendas + "</dd>")
			.contains("href=\"/jaarverslag/" + year + "\"");

		byte[] css = mvc.perform(get("/css/alliantie.css")).andReturn().getResponse().getContentAsByteArray();
		assertThat(home.getBytes(StandardCharsets.UTF_8).length + css.length).isLessThan(100 * 1024);
	}

	@Test
	void theSubscribeFormOnTheHomePageReachesTheNewsletter() throws Exception {
		String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(home).contains("action=\"/nieuwsbrief\"").contains("name=\"email\"").contains("name=\"toestemming\"");
		mvc.perform(post("/nieuwsbrief").with(csrf()).param("website", "")
				.param("email", "thuis-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org")
				.param("toestemming", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/nieuwsbrief/aangevraagd"));
	}
}
