package nl.alliantie.calendar.feeds;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.calendar.PublicCalendar;
import nl.alliantie.network.Network;
import nl.alliantie.shared.calendar.CalendarEntry;
import nl.alliantie.shared.calendar.CalendarFile;

/**
 * The iCal feeds of the one calendar: everything, and one region (its own entries and those of the
 * whole country). Three months back and a year ahead; entries that disappeared in that period are
 * in it as cancelled.
 */
@Controller
class CalendarFeedController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	/** How far back and ahead a feed reaches. */
	static final int MONTHS_BACK = 3, MONTHS_AHEAD = 13;

	private final PublicCalendar calendar;

	private final PublishedEntries published;

	private final CalendarFile files;

	private final Network network;

	CalendarFeedController(PublicCalendar calendar, PublishedEntries published, CalendarFile files, Network network) {
		this.calendar = calendar;
		this.published = published;
		this.files = files;
		this.network = network;
	}

	@GetMapping("/agenda.ics")
	ResponseEntity<String> all() {
		return ResponseEntity.ok().contentType(CALENDAR).body(files.feed("Agenda", "Agenda", entries(null)));
	}

	@GetMapping("/agenda/{regio}.ics")
	ResponseEntity<String> region(@PathVariable String regio) {
		Network.RegionSummary region = network.regions()
			.stream()
			.filter(r -> r.key().equalsIgnoreCase(regio) || r.name().equalsIgnoreCase(regio))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.body(files.feed("Agenda", "Agenda " + region.name(), entries(region.key())));
	}

	private List<CalendarEntry> entries(@Nullable String region) {
		LocalDate today = calendar.today();
		LocalDate from = today.minusMonths(MONTHS_BACK);
		LocalDate to = today.plusMonths(MONTHS_AHEAD);
		return published.remember(calendar.between(from, to), from, to)
			.stream()
			.filter(entry -> region == null || entry.regionKey() == null || entry.regionKey().equals(region))
			.toList();
	}
}
