package nl.alliantie.lobby.drafting;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.campaigns.Campaigns;
import nl.alliantie.signals.SignalId;
import nl.alliantie.signals.Signals;

/** The secretariat approves the version of a local part it read (the municipality page of a campaign shows it). */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class ReviewController {

	private final Campaigns campaigns;

	private final LocalParts parts;

	private final Signals signals;

	ReviewController(Campaigns campaigns, LocalParts parts, Signals signals) {
		this.campaigns = campaigns;
		this.parts = parts;
		this.signals = signals;
	}

	@PostMapping("/beheer/lobby/{id}/gemeenten/{naam}/goedkeuren")
	String approve(@PathVariable long id, @PathVariable String naam, @RequestParam(defaultValue = "0") int versie,
			RedirectAttributes redirect) {
		Campaign campaign = campaigns.find(id).orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
		LocalPart part = parts.of(id, naam).orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
		Set<Long> citable = signals.published(part.signalIds().stream().map(SignalId::new).toList())
			.stream()
			.filter(Signals::citable)
			.map(s -> s.id().value())
			.collect(Collectors.toSet());
		try {
			parts.approve(part.id(), versie, campaign.year(), citable::contains);
			redirect.addFlashAttribute("notice", "lobby.review.approved");
		}
		catch (LocalParts.StaleVersion e) {
			redirect.addFlashAttribute("notice", "lobby.review.stale");
		}
		return "redirect:/beheer/lobby/" + id + "/gemeenten/" + org.springframework.web.util.UriUtils.encodePathSegment(part.municipality(), java.nio.charset.StandardCharsets.UTF_8);
	}
}
