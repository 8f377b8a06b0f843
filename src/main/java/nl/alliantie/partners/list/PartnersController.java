package nl.alliantie.partners.list;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.conferences.Conferences;
import nl.alliantie.shared.images.Images;
import nl.alliantie.shared.web.NavItem;

/**
 * The public page of partners and funders (two queries: this module's list and the editions with
 * their partners through the conferences API), and each logo as {@code shared.images} wrote it.
 */
@Controller
public class PartnersController {

	/** At most this many editions of the Alliantiedagen are listed with who helped and paid. */
	static final int EDITIONS = 30;

	/** What {@code partners/list.jte} shows; editions newest first, only those with partners. */
	public record PartnersPage(List<Partner> partners, List<Partner> funders, List<Conferences.EditionSummary> editions) {
	}

	private final PartnerStore store;

	private final Conferences conferences;

	PartnersController(PartnerStore store, Conferences conferences) {
		this.store = store;
		this.conferences = conferences;
	}

	@GetMapping("/partners")
	String list(Model model) {
		List<Partner> all = store.all();
		List<Conferences.EditionSummary> editions = new java.util.ArrayList<>(conferences.editionsAfter(0, 200)
			.stream()
			.filter(edition -> !edition.partners().isEmpty())
			.toList());
		java.util.Collections.reverse(editions);
		model.addAttribute("page", new PartnersPage(all.stream().filter(p -> p.kind() == PartnerKind.PARTNER).toList(),
				all.stream().filter(p -> p.kind() == PartnerKind.FUNDER).toList(),
				editions.subList(0, Math.min(EDITIONS, editions.size()))));
		return "partners/list";
	}

	@GetMapping("/partners/{id:[0-9]{1,18}}/logo")
	ResponseEntity<byte[]> logo(@PathVariable long id) {
		Images.Picture logo = store.logo(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(logo.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Disposition", "inline")
			.body(logo.content());
	}

	@Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		NavItem partnersNavItem() {
			return NavItem.everyone("partners.nav", "/partners", 85);
		}
	}
}
