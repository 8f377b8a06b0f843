package nl.alliantie.agendas.practices;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.shared.web.PageNumber;

/** The public library of good practices: a search, a list and one practice per page. */
@Controller
public class PracticesController {

	static final int PAGE_SIZE = 20;

	public record ListPage(String query, List<Practices.Practice> practices, int page, boolean hasNext) {

		public String baseHref() {
			return query.isEmpty() ? "/praktijken"
					: "/praktijken?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	public record PracticePage(Practices.Practice practice, @Nullable String agendaHref) {
	}

	private final Practices practices;

	PracticesController(Practices practices) {
		this.practices = practices;
	}

	@GetMapping("/praktijken")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int pagina, Model model) {
		String query = Practices.query(q);
		int page = PageNumber.of(pagina);
		List<Practices.Practice> found = practices.shown(query, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("page", new ListPage(query, found.stream().limit(PAGE_SIZE).toList(), page,
				found.size() > PAGE_SIZE));
		return "agendas/practices";
	}

	@GetMapping("/praktijken/{id:\\d{1,18}}")
	String practice(@PathVariable long id, Model model) {
		Practices.Practice practice = practices.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", new PracticePage(practice, practice.stepId() == null ? null
				: practices.stepAgendaHref(practice.stepId()).orElse(null)));
		return "agendas/practice";
	}
}
