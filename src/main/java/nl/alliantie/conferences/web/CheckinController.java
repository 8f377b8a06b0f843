package nl.alliantie.conferences.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import nl.alliantie.accounts.Access;
import nl.alliantie.conferences.editions.DayView;
import nl.alliantie.conferences.editions.EditionViews;
import nl.alliantie.conferences.registrations.Attendees;
import nl.alliantie.shared.web.PageNumber;

/**
 * The check-in desk of a day and its printable attendance list. The secretariat may use them for
 * every day, a regional coordinator for the days in their region. Ticking a name works as a plain
 * form; with htmx only the row is swapped.
 */
@Controller
@RequestMapping("/beheer/alliantiedagen/dagen/{id}")
public class CheckinController {

	static final int PAGE_SIZE = 50;

	/** Most people a day holds; the printable list shows them all on one page. */
	static final int PRINT_LIMIT = 5000;

	public record CheckinPage(DayView view, List<Attendees.Row> rows, String search, int page, boolean hasNext,
			int checkedIn) {

		public String baseHref() {
			return UriComponentsBuilder.fromPath("/beheer/alliantiedagen/dagen/" + view.day().id() + "/inchecken")
				.queryParamIfPresent("zoek", java.util.Optional.ofNullable(search).filter(s -> !s.isBlank()))
				.encode()
				.toUriString();
		}
	}

	public record CheckinRow(long dayId, Attendees.Row row, String search, int page) {
	}

	public record AttendancePage(DayView view, List<Attendees.Row> rows) {
	}

	private final EditionViews editionViews;

	private final Attendees attendees;

	private final Access access;

	CheckinController(EditionViews editionViews, Attendees attendees, Access access) {
		this.editionViews = editionViews;
		this.attendees = attendees;
		this.access = access;
	}

	@GetMapping("/inchecken")
	String checkin(@PathVariable long id, @RequestParam(name = "zoek", required = false) String search,
			@RequestParam(defaultValue = "1") int pagina, Model model) {
		DayView view = allowed(id);
		int page = PageNumber.of(pagina);
		List<Attendees.Row> rows = attendees.present(id, search, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		boolean hasNext = rows.size() > PAGE_SIZE;
		model.addAttribute("page", new CheckinPage(view, hasNext ? rows.subList(0, PAGE_SIZE) : rows, search, page,
				hasNext, attendees.checkedIn(id)));
		return "conferences/admin/checkin";
	}

	@PostMapping("/inchecken/{registration}")
	String tick(@PathVariable long id, @PathVariable long registration, @RequestParam(defaultValue = "false") boolean aanwezig,
			@RequestParam(name = "zoek", required = false) String search, @RequestParam(defaultValue = "1") int pagina,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		allowed(id);
		Attendees.Row row = attendees.checkIn(id, registration, aanwezig)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (htmx != null) {
			model.addAttribute("page", new CheckinRow(id, row, search, pagina));
			return "conferences/admin/checkinRow";
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/beheer/alliantiedagen/dagen/" + id + "/inchecken")
			.queryParamIfPresent("zoek", java.util.Optional.ofNullable(search).filter(s -> !s.isBlank()))
			.queryParam("pagina", pagina)
			.fragment("r" + registration)
			.encode()
			.toUriString();
	}

	@GetMapping("/presentielijst")
	String attendance(@PathVariable long id, Model model) {
		DayView view = allowed(id);
		model.addAttribute("page", new AttendancePage(view, attendees.present(id, null, 0, PRINT_LIMIT)));
		return "conferences/admin/attendance";
	}

	private DayView allowed(long id) {
		DayView view = editionViews.day(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (view.day().region() == null) {
			access.requireSecretariat();
		}
		else {
			access.requireCoordinates(view.day().region());
		}
		return view;
	}
}
