package nl.alliantie.agendas.pages;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.agendas.agenda.AgendaStore;
import nl.alliantie.agendas.agenda.AgendaView;
import nl.alliantie.network.Network;

/** The public page of one agenda. */
@Controller
public class AgendaPagesController {

	/** {@code years}: every year the municipality has an agenda, to move between them. */
	public record AgendaPage(AgendaView agenda, List<Integer> years, String municipalityHref) {
	}

	private final AgendaStore store;

	private final PublicAgendas agendas;

	AgendaPagesController(AgendaStore store, PublicAgendas agendas) {
		this.store = store;
		this.agendas = agendas;
	}

	@GetMapping("/sociale-agenda/{gemeente}/{jaar:\\d{4}}")
	String agenda(@PathVariable String gemeente, @PathVariable int jaar, Model model) {
		Network.MunicipalitySummary municipality = store.network().municipality(gemeente)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		PublicAgendas.Shown shown = agendas.find(municipality.name(), jaar)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", new AgendaPage(shown.agenda(), shown.years(),
				"/gemeenten/" + org.springframework.web.util.UriUtils.encodePathSegment(municipality.name(),
						java.nio.charset.StandardCharsets.UTF_8)));
		return "agendas/agenda";
	}
}
