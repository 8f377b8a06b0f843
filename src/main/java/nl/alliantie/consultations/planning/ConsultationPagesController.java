package nl.alliantie.consultations.planning;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.network.Network;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.NavItem;
import nl.alliantie.shared.web.PageNumber;
import nl.alliantie.signals.Signals;

/** The public pages: coming and past consultations per region, and one consultation. Never who comes. */
@Controller
public class ConsultationPagesController {

	static final int PAST_PAGE = 40;

	public record RegionBlock(String key, String name, List<Consultation> coming, List<Consultation> past) {
	}

	public record ListPage(List<RegionBlock> regions, int page, boolean hasNext) {
	}

	/**
	 * {@code signals}: the signals on the agenda; the template shows the title, the link and what
	 * came of it only of a published signal, and never anything of its reporter.
	 */
	public record DetailPage(Consultation consultation, List<ConsultationStore.AgendaItem> agenda, boolean started,
			List<Signals.ConsultationItem> signals) {
	}

	private final ConsultationStore store;

	private final AgendaSignals agendaSignals;

	ConsultationPagesController(ConsultationStore store, AgendaSignals agendaSignals) {
		this.store = store;
		this.agendaSignals = agendaSignals;
	}

	@GetMapping("/regio-overleggen")
	String list(@RequestParam(defaultValue = "1") int pagina, Model model) {
		int page = PageNumber.of(pagina);
		List<Consultation> coming = page == 1 ? store.coming(null, 200) : List.of();
		List<Consultation> past = store.past(null, (page - 1) * PAST_PAGE, PAST_PAGE + 1);
		boolean hasNext = past.size() > PAST_PAGE;
		List<Consultation> shownPast = past.stream().limit(PAST_PAGE).toList();
		List<RegionBlock> blocks = new ArrayList<>();
		for (Network.RegionSummary region : store.network().regions()) {
			blocks.add(new RegionBlock(region.key(), region.name(),
					coming.stream().filter(c -> c.regionKey().equals(region.key())).toList(),
					shownPast.stream().filter(c -> c.regionKey().equals(region.key())).toList()));
		}
		model.addAttribute("page", new ListPage(blocks, page, hasNext));
		return "consultations/list";
	}

	@GetMapping("/regio-overleggen/{id:\\d+}")
	String detail(@PathVariable long id, Model model) {
		Consultation consultation = store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", new DetailPage(consultation, store.agenda(id), consultation.started(store.clock()),
				agendaSignals.on(consultation)));
		return "consultations/detail";
	}

	@Configuration
	static class ConsultationContributions {

		@Bean
		NavItem consultationsNavItem() {
			return NavItem.everyone("consultations.nav", "/regio-overleggen", 20);
		}

		@Bean
		AdminLink consultationsAdminLink() {
			return new AdminLink("consultations.admin.title", "consultations.admin.description",
					"/beheer/regio-overleggen", 20, "REGIOCOORDINATOR");
		}

		@Bean
		AdminLink consultationsAlliantiedagenAdminLink() {
			return new AdminLink("consultations.alliantiedagen.title", "consultations.alliantiedagen.description",
					"/beheer/regio-overleggen/alliantiedagen", 21, "SECRETARIAAT");
		}
	}
}
