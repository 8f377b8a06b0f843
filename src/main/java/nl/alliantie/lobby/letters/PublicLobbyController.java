package nl.alliantie.lobby.letters;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.accounts.Role;
import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.campaigns.Campaigns;
import nl.alliantie.lobby.campaigns.Proposal;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.NavItem;

/**
 * The public lobby pages: a year's council letter with its proposals and what came of it, the
 * archive of years, one municipality's letter once it went out, and the place of a lobby item
 * that a signal's trail links to.
 */
@Controller
public class PublicLobbyController {

	public record YearPage(Campaign campaign, List<Proposal> proposals, Map<Response, Integer> responses, int sent,
			List<Integer> years, boolean current) {
	}

	public record LetterPage(Letter letter, LetterStore.Row row) {
	}

	private final Campaigns campaigns;

	private final LetterStore store;

	private final Letters letters;

	PublicLobbyController(Campaigns campaigns, LetterStore store, Letters letters) {
		this.campaigns = campaigns;
		this.store = store;
		this.letters = letters;
	}

	@GetMapping("/lobby")
	String current(Model model) {
		model.addAttribute("page", year(campaigns.current().orElse(null), true));
		return "lobby/year";
	}

	@GetMapping("/lobby/{jaar:[0-9]{4}}")
	String ofYear(@PathVariable int jaar, Model model) {
		Campaign campaign = campaigns.ofYear(jaar).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", year(campaign, false));
		return "lobby/year";
	}

	private YearPage year(Campaign campaign, boolean current) {
		if (campaign == null) {
			return new YearPage(null, List.of(), Map.of(), 0, campaigns.years(), current);
		}
		Map<Response, Integer> counts = store.responseCounts(campaign.id().value());
		return new YearPage(campaign, campaigns.proposals(campaign.id()), counts,
				counts.values().stream().mapToInt(Integer::intValue).sum(), campaigns.years(), current);
	}

	/** A municipality's letter, public once it went out. */
	@GetMapping("/lobby/{jaar:[0-9]{4}}/brief/{gemeente}")
	String letter(@PathVariable int jaar, @PathVariable String gemeente, Model model) {
		Campaign campaign = campaigns.ofYear(jaar).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Letter letter = letters.of(campaign, gemeente).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LetterStore.Row row = store.find(campaign.id().value(), letter.municipality())
			.filter(r -> r.state() != LetterState.WAITING)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", new LetterPage(letter, row));
		return "lobby/public-letter";
	}

	/** Where a signal's trail points: the proposal or the municipality's letter. */
	@GetMapping("/lobby/stuk/{id:[0-9]+}")
	String item(@PathVariable long id) {
		return "redirect:" + campaigns.publicHrefOf(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Configuration
	static class LobbyContributions {

		@Bean
		NavItem lobbyNavItem() {
			return NavItem.everyone("lobby.nav", "/lobby", 45);
		}

		@Bean
		AdminLink lobbyAdminLink() {
			return new AdminLink("lobby.admin.title", "lobby.admin.description", "/beheer/lobby", 45,
					Role.SECRETARIAAT.name());
		}
	}
}
