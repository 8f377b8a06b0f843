package nl.alliantie.consultations;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20, item 10: a consultation's calendar file with a long route in words with accents folds
 * its lines at 75 octets (RFC 5545 3.1) and a calendar reads the route back whole.
 */
@AlliantieTest
class CalendarFoldingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsultationFixtures consultations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void longLinesAreFoldedAtSeventyFiveOctetsAndReadBackWhole() throws Exception {
		long id = consultations.planned("noord", Duration.ofDays(12));
		String route = "Vanaf station Zwolle bus 5 richting Stadshagen, uitstappen bij de halte Café Ĳsselzicht; "
				+ "daarna twee minuten lopen langs de crèche en de ruïne. Rolstoeltoegankelijk, parkeren achter het gebouw.";
		jdbc.sql("update consultations_consultation set route = :route where id = :id").param("route", route).param("id", id).update();

		byte[] body = mvc.perform(get("/regio-overleggen/" + id + ".ics")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(body, StandardCharsets.UTF_8);
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		assertThat(text).contains("\r\n ");
		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
		assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).contains(route);
	}
}
