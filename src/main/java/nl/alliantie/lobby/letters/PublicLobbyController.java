package nl.alliantie.lobby.letters;

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
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.NavItem;

/** One municipality's council letter, public once it went out; the lobby's place in the navigation. */
@Controller
public class PublicLobbyController {

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

	/** A municipality's letter, public once it went out. */
	@GetMapping("/lobby/{jaar:[0-9]{4}}/brief/{gemeente}")
	String letter(@PathVariable int jaar, @PathVariable String gemeente, Model model) {
		Campaign campaign = campaigns.ofYear(jaar).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Letter letter = letters.of(campaign, gemeente).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		LetterStore.Row row = store.find(campaign.id().value(), letter.municipality())
			.filter(r -> r.state() != LetterState.WAITING)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", new LetterPage(letter, row));
		return "lobby/publicLetter";
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
