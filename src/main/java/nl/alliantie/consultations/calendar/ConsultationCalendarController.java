package nl.alliantie.consultations.calendar;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.consultations.planning.Consultation;
import nl.alliantie.consultations.planning.ConsultationStore;
import nl.alliantie.network.Network;

/** The calendar files: one consultation, a region's feed and the feed of all regions. */
@Controller
public class ConsultationCalendarController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final ConsultationStore store;

	private final CalendarFiles files;

	ConsultationCalendarController(ConsultationStore store, CalendarFiles files) {
		this.store = store;
		this.files = files;
	}

	@GetMapping("/regio-overleggen/{id:\\d+}.ics")
	ResponseEntity<String> single(@PathVariable long id) {
		Consultation consultation = store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header("Content-Disposition", "attachment; filename=\"regio-overleg-" + id + ".ics\"")
			.body(files.single(consultation));
	}

	@GetMapping("/regio-overleggen.ics")
	ResponseEntity<String> all() {
		return ResponseEntity.ok().contentType(CALENDAR).body(files.feed(store.forCalendar(null), "Regio-overleggen"));
	}

	@GetMapping("/regio/{naam}/regio-overleggen.ics")
	ResponseEntity<String> region(@PathVariable String naam) {
		Network.RegionSummary region = store.network()
			.regions()
			.stream()
			.filter(r -> r.key().equalsIgnoreCase(naam) || r.name().equalsIgnoreCase(naam))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.body(files.feed(store.forCalendar(region.key()), "Regio-overleggen " + region.name()));
	}
}
