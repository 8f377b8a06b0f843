package nl.alliantie.network.places;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.accounts.Role;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.NavItem;

/** The secretariat renames and adds regions, moves provinces and adds organisation types. */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class RegionAdminController {

	/**
	 * {@code refused}: the id of the field whose value was refused (its sentence {@code error} is shown
	 * beside it, with what was typed, {@code typed}); {@code null} when nothing was refused.
	 */
	public record RegionsPage(List<Places.Region> regions, List<Places.Province> provinces,
			List<Places.OrganisationType> types, @Nullable String notice, @Nullable String error, @Nullable String refused, @Nullable String typed) {

		/** The value to show in the field {@code id}: what was typed when it was refused, else {@code stored}. */
		public @Nullable String value(String id, String stored) {
			return id.equals(refused) ? typed : stored;
		}

		/** The sentence key for the field {@code id}, when it was refused. */
		public @Nullable String errorOf(String id) {
			return id.equals(refused) ? error : null;
		}
	}

	static final int MAX_NAME = 60;

	private final Places places;

	private final PlacesAdmin admin;

	RegionAdminController(Places places, PlacesAdmin admin) {
		this.places = places;
		this.admin = admin;
	}

	@GetMapping("/beheer/regios")
	String show(Model model) {
		model.addAttribute("page", new RegionsPage(places.regions(), places.provinces(), places.types(),
				(String) model.asMap().get("notice"), (String) model.asMap().get("error"), null, null));
		return "network/regions";
	}

	/** The page again with the refused name in its field and the sentence beside it (status 200, nothing lost). */
	private String refused(Model model, String field, String typed, String error) {
		model.addAttribute("page", new RegionsPage(places.regions(), places.provinces(), places.types(), null, error,
				field, typed));
		return "network/regions";
	}

	private static boolean badName(String naam) {
		return naam.isBlank() || naam.strip().length() > MAX_NAME;
	}

	@PostMapping("/beheer/regios/{key}/naam")
	String rename(@PathVariable String key, @RequestParam String naam, Model model, RedirectAttributes redirect) {
		if (places.region(key).isEmpty()) {
			redirect.addFlashAttribute("error", "network.regions.move.invalid");
			return "redirect:/beheer/regios";
		}
		if (badName(naam)) {
			return refused(model, "regio-" + key, naam, "network.regions.name.required");
		}
		return attempt(() -> admin.renameRegion(key, naam), redirect);
	}

	@PostMapping("/beheer/regios")
	String add(@RequestParam String naam, Model model, RedirectAttributes redirect) {
		if (badName(naam)) {
			return refused(model, "nieuwe-regio", naam, "network.regions.name.required");
		}
		return attempt(() -> admin.addRegion(naam), redirect);
	}

	@PostMapping("/beheer/provincies/{province}/regio")
	String move(@PathVariable String province, @RequestParam String regio, RedirectAttributes redirect) {
		if (places.province(province).isEmpty() || places.region(regio).isEmpty()) {
			redirect.addFlashAttribute("error", "network.regions.move.invalid");
			return "redirect:/beheer/regios";
		}
		return attempt(() -> admin.moveProvince(places.province(province).orElseThrow().name(),
				places.region(regio).orElseThrow().key()), redirect);
	}

	@PostMapping("/beheer/typen")
	String addType(@RequestParam String naam, Model model, RedirectAttributes redirect) {
		if (badName(naam)) {
			return refused(model, "nieuw-type", naam, "network.types.name.required");
		}
		return attempt(() -> admin.addType(naam), redirect);
	}

	@PostMapping("/beheer/typen/{key}/engels")
	String nameTypeInEnglish(@PathVariable String key, @RequestParam(defaultValue = "") String naam, Model model,
			RedirectAttributes redirect) {
		if (places.type(key).isEmpty()) {
			redirect.addFlashAttribute("error", "network.types.unknown");
			return "redirect:/beheer/regios";
		}
		if (naam.strip().length() > MAX_NAME) {
			return refused(model, "type-en-" + key, naam, "network.types.english.long");
		}
		return attempt(() -> admin.nameTypeInEnglish(key, naam), redirect);
	}

	private String attempt(Runnable change, RedirectAttributes redirect) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", "network.regions.saved");
		}
		catch (DataIntegrityViolationException e) {
			redirect.addFlashAttribute("error", "network.regions.name.taken");
		}
		return "redirect:/beheer/regios";
	}

	@Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		NavItem networkNavItem() {
			return NavItem.everyone("network.nav", "/organisaties", 10);
		}

		@Bean
		AdminLink networkRegionsAdminLink() {
			return new AdminLink("network.regions.title", "network.regions.description", "/beheer/regios", 30,
					Role.SECRETARIAAT.name());
		}

		@Bean
		AdminLink networkOrganisationsAdminLink() {
			return new AdminLink("network.admin.organisations.title", "network.admin.organisations.description",
					"/organisaties", 10, Role.REGIOCOORDINATOR.name());
		}

		@Bean
		AdminLink networkGriffiesAdminLink() {
			return new AdminLink("network.griffies.title", "network.griffies.description", "/beheer/gemeenten", 31,
					Role.SECRETARIAAT.name());
		}
	}
}
