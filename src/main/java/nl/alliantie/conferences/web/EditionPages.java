package nl.alliantie.conferences.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.conferences.editions.DayView;
import nl.alliantie.conferences.editions.Edition;
import nl.alliantie.conferences.editions.EditionViews;
import nl.alliantie.conferences.editions.Editions;
import nl.alliantie.conferences.publications.Publications;
import nl.alliantie.conferences.registrations.CalendarFiles;
import nl.alliantie.shared.web.NavItem;
import nl.alliantie.shared.web.PageNumber;

/** The public list of editions, the page of a day and its calendar file. */
@Controller
public class EditionPages {

	static final int PAGE_SIZE = 20;

	static final int FILES_PER_PAGE = 48;

	public record EditionsPage(List<Edition> editions, int page, boolean hasNext) {
	}

	public record DayPage(DayView view, boolean registrationOpen, List<Publications.PublicFile> files, int page,
			boolean hasNext) {

		public List<Publications.PublicFile> documents() {
			return files.stream().filter(file -> !file.photo()).toList();
		}

		public List<Publications.PublicFile> photos() {
			return files.stream().filter(Publications.PublicFile::photo).toList();
		}
	}

	private final Editions editions;

	private final EditionViews editionViews;

	private final Publications publications;

	private final CalendarFiles calendars;

	private final Clock clock;

	EditionPages(Editions editions, EditionViews editionViews, Publications publications, CalendarFiles calendars, Clock clock) {
		this.clock = clock;
		this.editions = editions;
		this.editionViews = editionViews;
		this.publications = publications;
		this.calendars = calendars;
	}

	@GetMapping("/alliantiedagen")
	String list(@RequestParam(defaultValue = "1") int pagina, Model model) {
		int page = PageNumber.of(pagina);
		List<Edition> rows = editions.editions((page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		boolean hasNext = rows.size() > PAGE_SIZE;
		model.addAttribute("page", new EditionsPage(hasNext ? rows.subList(0, PAGE_SIZE) : rows, page, hasNext));
		return "conferences/editions";
	}

	@GetMapping("/alliantiedagen/{jaar:\\d{4}}/{nummer:\\d{1,3}}")
	String day(@PathVariable int jaar, @PathVariable int nummer, @RequestParam(defaultValue = "1") int pagina,
			Model model) {
		DayView view = editionViews.publicDay(jaar, nummer).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int page = PageNumber.of(pagina);
		List<Publications.PublicFile> files = page == 1 ? publications.firstOfDay(view.day().id(), FILES_PER_PAGE + 1)
				: publications.ofDay(view.day().id(), (page - 1) * FILES_PER_PAGE, FILES_PER_PAGE + 1);
		boolean hasNext = files.size() > FILES_PER_PAGE;
		model.addAttribute("page", new DayPage(view, view.day().registrationOpen(clock),
				hasNext ? files.subList(0, FILES_PER_PAGE) : files, page, hasNext));
		return "conferences/day";
	}

	@GetMapping("/alliantiedagen/{jaar:\\d{4}}/{nummer:\\d{1,3}}/agenda.ics")
	ResponseEntity<String> calendar(@PathVariable int jaar, @PathVariable int nummer) {
		DayView view = editionViews.publicDay(jaar, nummer).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(CalendarFiles.filename(jaar, nummer))
				.build()
				.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(calendars.of(view));
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem conferencesNavItem() {
			return NavItem.everyone("conferences.nav", "/alliantiedagen", 30);
		}
	}
}
