package nl.alliantie.calendar;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.consultations.ConsultationFixtures;
import nl.alliantie.consultations.planning.ConsultationStore;
import nl.alliantie.lobby.secretary.StateSecretary;
import nl.alliantie.shared.time.DutchTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one calendar: its feeds parsed back with ical4j (UID stable, SEQUENCE raised on a change,
 * cancelled and vanished entries as STATUS:CANCELLED, lines folded), the list and the month view
 * filtered by region, and bad months and regions answered with the 404 page.
 */
@AlliantieTest
class CalendarTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConsultationFixtures consultations;

	@Autowired
	ConsultationStore store;

	@Autowired
	StateSecretary secretary;

	@Test
	void theFeedKeepsTheUidRaisesTheSequenceAndMarksACancellation() throws Exception {
		long id = consultations.planned("noord", Duration.ofDays(30));
		String uid = "regio-overleg-" + id + "@";
		VEvent first = event(feed("/agenda.ics"), uid).orElseThrow();
		assertThat(event(feed("/agenda/noord.ics"), uid)).isPresent();
		assertThat(event(feed("/agenda/zuid.ics"), uid)).isEmpty();
		int before = first.getSequence().getSequenceNo();
		assertThat(event(feed("/agenda.ics"), uid).orElseThrow().getSequence().getSequenceNo())
			.as("unchanged, the same sequence").isEqualTo(before);

		Instant later = Instant.now().plus(Duration.ofDays(31));
		store.change(id, new ConsultationStore.Details("noord", later, later.plus(Duration.ofHours(2)),
				"Buurthuis De Schakel", "Markt 1, Assen", "", null));
		VEvent moved = event(feed("/agenda.ics"), uid).orElseThrow();
		assertThat(moved.getUid()).isEqualTo(first.getUid());
		assertThat(moved.getSequence().getSequenceNo()).isGreaterThan(before);
		assertThat(moved.getLocation().getValue()).contains("Buurthuis De Schakel");

		store.cancel(id);
		VEvent cancelled = event(feed("/agenda/noord.ics"), uid).orElseThrow();
		assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
		assertThat(cancelled.getSequence().getSequenceNo())
			.isGreaterThan(moved.getSequence().getSequenceNo());
	}

	@Test
	void anEntryWithoutASequenceOfItsOwnGetsOneAndStaysAsCancelledWhenItDisappears() throws Exception {
		LocalDate on = LocalDate.now(DutchTime.ZONE).plusDays(40);
		long meeting = secretary.create(on, "Overleg over de kinderopvangtoeslag en een lange titel die gevouwen wordt");
		String uid = "staatssecretaris-" + meeting + "@";
		assertThat(event(feed("/agenda.ics"), uid)).as("not public yet").isEmpty();
		secretary.update(meeting, on, "Overleg over de kinderopvangtoeslag", "", "", "", true);
		VEvent shown = event(feed("/agenda/oost.ics"), uid).orElseThrow();
		assertThat(shown.getSummary().getValue()).contains("kinderopvangtoeslag");
		int sequence = shown.getSequence().getSequenceNo();

		secretary.update(meeting, on.plusDays(1), "Overleg over de kinderopvangtoeslag", "", "", "", true);
		VEvent moved = event(feed("/agenda.ics"), uid).orElseThrow();
		assertThat(moved.getSequence().getSequenceNo()).isEqualTo(sequence + 1);

		secretary.update(meeting, on.plusDays(1), "Overleg over de kinderopvangtoeslag", "", "", "", false);
		VEvent gone = event(feed("/agenda.ics"), uid).orElseThrow();
		assertThat(gone.getStatus().getValue()).isEqualTo("CANCELLED");
		assertThat(gone.getSequence().getSequenceNo()).isEqualTo(sequence + 2);
		assertThat(event(feed("/agenda.ics"), uid).orElseThrow().getSequence().getSequenceNo())
			.as("cancelled once").isEqualTo(sequence + 2);
	}

	@Test
	void theListAndTheMonthShowOneRegionWithTheWholeCountry() throws Exception {
		long north = consultations.planned("noord", Duration.ofDays(12));
		long south = consultations.planned("zuid", Duration.ofDays(12));
		LocalDate on = LocalDate.now(DutchTime.ZONE).plusDays(12);
		long meeting = secretary.create(on, "Landelijk overleg");
		secretary.update(meeting, on, "Landelijk overleg", "", "", "", true);
		String northVenue = store.find(north).orElseThrow().venue();
		String southVenue = store.find(south).orElseThrow().venue();
		String month = YearMonth.from(store.find(north).orElseThrow().startsAt().atZone(DutchTime.ZONE)).toString();

		mvc.perform(get("/agenda?regio=noord&maand=" + month))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(northVenue)))
			.andExpect(content().string(not(containsString(southVenue))))
			.andExpect(content().string(containsString("/lobby/staatssecretaris/" + meeting)))
			.andExpect(content().string(containsString("/agenda/noord.ics")));
		// the list: the shared test database holds other tests' meetings too, so walk its pages
		StringBuilder list = new StringBuilder();
		for (int page = 1; page <= 50 && !(list.toString().contains(northVenue)
				&& list.toString().contains("/lobby/staatssecretaris/" + meeting)); page++) {
			list.append(mvc.perform(get("/agenda").param("regio", "noord").param("pagina", Integer.toString(page)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString());
		}
		assertThat(list.toString()).contains(northVenue, "/lobby/staatssecretaris/" + meeting, "/agenda/noord.ics")
			.doesNotContain(southVenue);
		mvc.perform(get("/agenda?maand=" + month))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(northVenue)))
			.andExpect(content().string(containsString(southVenue)));
	}

	@Test
	void badMonthsAndUnknownRegionsAreTheNotFoundPage() throws Exception {
		for (String path : new String[] { "/agenda?maand=2027-13", "/agenda?maand=2027-00", "/agenda?maand=abc",
				"/agenda?maand=99999-01", "/agenda?maand=1900-01", "/agenda?regio=nergens", "/agenda/nergens.ics" }) {
			mvc.perform(get(path)).andExpect(status().isNotFound());
		}
		mvc.perform(get("/agenda?pagina=2147483647")).andExpect(status().isOk());
		mvc.perform(get("/agenda?maand=2027-03&regio=oost")).andExpect(status().isOk());
	}

	@Test
	void everyFeedLineFitsSeventyFiveOctets() throws Exception {
		consultations.planned("oost", Duration.ofDays(20));
		String ics = mvc.perform(get("/agenda.ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
	}

	private Calendar feed(String path) throws Exception {
		String ics = mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private static Optional<VEvent> event(Calendar calendar, String uidPrefix) {
		return calendar.<VEvent>getComponents("VEVENT")
			.stream()
			.filter(e -> e.getUid().orElseThrow().getValue().startsWith(uidPrefix))
			.findFirst();
	}
}
