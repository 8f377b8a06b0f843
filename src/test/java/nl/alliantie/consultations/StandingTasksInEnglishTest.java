package nl.alliantie.consultations;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20, item 9: the five standing tasks on a consultation's agenda show in English on the
 * English pages and in Dutch on the Dutch ones; an item someone typed shows as written.
 */
@AlliantieTest
class StandingTasksInEnglishTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsultationFixtures consultations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void standingTasksFollowTheReadersLanguage() throws Exception {
		long id = consultations.planned("zuid", Duration.ofDays(15));
		jdbc.sql("insert into consultations_agenda_item (consultation_id, position, title) values (:id, 9, 'Rondvraag over de voedselbank')")
			.param("id", id).update();

		mvc.perform(get("/regio-overleggen/" + id).cookie(new Cookie("alliantie-taal", "en")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<li>Grow and strengthen the network against poverty</li>")))
			.andExpect(content().string(containsString("<li>Discuss and test national plans</li>")))
			.andExpect(content().string(containsString("<li>Rondvraag over de voedselbank</li>")))
			.andExpect(content().string(not(containsString("Het netwerk rond armoedebestrijding"))));
		mvc.perform(get("/regio-overleggen/" + id))
			.andExpect(content().string(containsString("<li>Het netwerk rond armoedebestrijding groter en sterker maken</li>")));
	}
}
