package nl.alliantie.network.organisations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.accounts.Access;
import nl.alliantie.accounts.Role;
import nl.alliantie.network.OrganisationId;
import nl.alliantie.network.PersonId;
import nl.alliantie.network.people.Audit;
import nl.alliantie.network.places.Places;
import nl.alliantie.shared.web.FormErrors;

/**
 * Adding and editing organisations and their representatives. The secretariat may edit every
 * organisation, a coordinator those of their region, a representative only their own; checked
 * here on every request.
 */
@Controller
public class OrganisationAdminController {

	/**
	 * {@code steward}: the viewer keeps the register for this organisation (status, lid sinds and
	 * municipality are theirs to change, not a representative's); {@code signedUp}: the organisation
	 * signed up through the call to join and waits for the secretariat; {@code mayAccept}: the viewer
	 * is the secretariat, who accepts it.
	 */
	public record EditPage(@Nullable Long id, OrganisationForm form, FormErrors errors, List<Places.Region> regions,
			List<Places.OrganisationType> types, List<OrganisationStatus> statuses, boolean mayChooseRegion,
			List<Directory.RepresentativeView> representatives, RepresentativeForm representative,
			FormErrors representativeErrors, boolean roomForRepresentative, @Nullable String saved, boolean steward,
			boolean signedUp, boolean mayAccept) {
	}

	private final Organisations organisations;

	private final Directory directory;

	private final Places places;

	private final Access access;

	private final Audit audit;

	private final MessageSource messages;

	private final RepresentedOrganisations represented;

	private final Clock clock;

	OrganisationAdminController(Organisations organisations, Directory directory, Places places, Access access,
			Audit audit, MessageSource messages, RepresentedOrganisations represented, Clock clock) {
		this.represented = represented;
		this.clock = clock;
		this.organisations = organisations;
		this.directory = directory;
		this.places = places;
		this.access = access;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * "Organisaties beheren": staff search the directory; a representative goes to the organisation
	 * they speak for (to the start page, which lists them, when they speak for several).
	 */
	@GetMapping("/beheer/organisaties")
	String manage() {
		if (access.hasRole(Role.REGIOCOORDINATOR)) {
			return "redirect:/organisaties";
		}
		List<Long> mine = represented.ids();
		if (mine.isEmpty()) {
			throw new AuthorizationDeniedException("Geen toegang");
		}
		return mine.size() == 1 ? "redirect:/beheer/organisaties/" + mine.get(0) : "redirect:/beheer";
	}

	@GetMapping("/beheer/organisaties/nieuw")
	String newForm(Model model) {
		requireMayCreate();
		model.addAttribute("page", page(null, null, OrganisationForm.empty(), FormErrors.NONE, List.of(),
				RepresentativeForm.empty(), FormErrors.NONE, null));
		return "network/organisationEdit";
	}

	@PostMapping("/beheer/organisaties")
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			Locale locale) {
		requireMayCreate();
		check(form, result);
		if (!result.hasFieldErrors("status") && form.statusValue() == OrganisationStatus.AANGEMELD) {
			result.rejectValue("status", "network.organisation.status.required");
		}
		String override = access.isSecretariat() ? regionKey(form.regio()) : null;
		if (!result.hasErrors()) {
			String region = override != null ? override : regionOfMunicipality(form.gemeente());
			if (!access.coordinates(region)) {
				result.rejectValue("gemeente", "network.organisation.municipality.notYourRegion");
			}
		}
		if (!result.hasErrors()) {
			try {
				OrganisationId id = organisations.register(form.details(override));
				return "redirect:/beheer/organisaties/" + id.value() + "?opgeslagen";
			}
			catch (DuplicateKeyException e) {
				result.rejectValue("naam", "network.organisation.name.taken");
			}
		}
		model.addAttribute("page", page(null, null, form, FormErrors.of(result, messages, locale), List.of(),
				RepresentativeForm.empty(), FormErrors.NONE, null));
		return "network/organisationEdit";
	}

	@GetMapping("/beheer/organisaties/{id}")
	String edit(@PathVariable long id, @org.springframework.web.bind.annotation.RequestParam(required = false) String opgeslagen,
			@org.springframework.web.bind.annotation.RequestParam(required = false) String aanvaard, Model model,
			Locale locale) {
		Directory.Detail detail = requireMayEdit(id);
		model.addAttribute("page", page(id, detail, OrganisationForm.of(detail), FormErrors.NONE, detail.representatives(),
				RepresentativeForm.empty(), FormErrors.NONE, opgeslagen != null ? "saved" : aanvaard != null ? "accepted" : null));
		return "network/organisationEdit";
	}

	@PostMapping("/beheer/organisaties/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") OrganisationForm sent, BindingResult result,
			Model model, Locale locale) {
		Directory.Detail detail = requireMayEdit(id);
		// Status, "lid sinds" and municipality (which decides the region and so the coordinator) are
		// the secretariat's and the coordinator's; a representative keeps the rest.
		OrganisationForm form = access.coordinates(detail.regionKey()) ? sent : sent.withStewardFieldsOf(detail);
		check(form, result);
		boolean signedUp = OrganisationStatus.AANGEMELD.name().equals(detail.status());
		OrganisationStatus chosen = form.statusValue();
		if (!result.hasFieldErrors("status") && chosen == OrganisationStatus.AANGEMELD && !signedUp) {
			result.rejectValue("status", "network.organisation.status.required");
		}
		if (!result.hasFieldErrors("status") && chosen != null && chosen != OrganisationStatus.AANGEMELD && signedUp
				&& !access.isSecretariat()) {
			result.rejectValue("status", "network.organisation.status.signedUp");
		}
		String override = access.isSecretariat() ? regionKey(form.regio()) : detail.regionOverride();
		if (!result.hasErrors() && !access.represents(id)) {
			String region = override != null ? override : regionOfMunicipality(form.gemeente());
			if (!access.coordinates(region)) {
				result.rejectValue("gemeente", "network.organisation.municipality.notYourRegion");
			}
		}
		if (!result.hasErrors()) {
			try {
				organisations.describe(new OrganisationId(id), form.details(override));
				return "redirect:/beheer/organisaties/" + id + "?opgeslagen";
			}
			catch (DuplicateKeyException e) {
				result.rejectValue("naam", "network.organisation.name.taken");
			}
		}
		model.addAttribute("page", page(id, detail, form, FormErrors.of(result, messages, locale), detail.representatives(),
				RepresentativeForm.empty(), FormErrors.NONE, null));
		return "network/organisationEdit";
	}

	/** The secretariat accepts an organisation that signed up through the call to join. */
	@PostMapping("/beheer/organisaties/{id}/aanvaarden")
	String accept(@PathVariable long id) {
		access.requireSecretariat();
		requireMayEdit(id);
		organisations.accept(new OrganisationId(id), audit.actor("secretariaat"));
		return "redirect:/beheer/organisaties/" + id + "?aanvaard";
	}

	@PostMapping("/beheer/organisaties/{id}/vertegenwoordigers")
	String appoint(@PathVariable long id, @Valid @ModelAttribute("representative") RepresentativeForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		Directory.Detail detail = requireMayEdit(id);
		if (!result.hasErrors()) {
			try {
				organisations.appoint(new OrganisationId(id), form.persoonNaam(), form.persoonEmail(), audit.actor("onbekend"));
				return "redirect:/beheer/organisaties/" + id + "?opgeslagen#vertegenwoordigers";
			}
			catch (TooManyRepresentatives e) {
				result.rejectValue("persoonNaam", "network.representative.tooMany");
			}
		}
		model.addAttribute("page", page(id, detail, OrganisationForm.of(detail), FormErrors.NONE, detail.representatives(),
				form, FormErrors.of(result, messages, locale), null));
		return "network/organisationEdit";
	}

	@PostMapping("/beheer/organisaties/{id}/vertegenwoordigers/{person}/verwijderen")
	String dismiss(@PathVariable long id, @PathVariable long person) {
		requireMayEdit(id);
		organisations.dismiss(new OrganisationId(id), new PersonId(person), audit.actor("onbekend"));
		return "redirect:/beheer/organisaties/" + id + "?opgeslagen#vertegenwoordigers";
	}

	private void check(OrganisationForm form, BindingResult result) {
		if (!result.hasFieldErrors("gemeente") && places.municipality(form.gemeente()).isEmpty()) {
			result.rejectValue("gemeente", "network.organisation.municipality.unknown");
		}
		if (!result.hasFieldErrors("type") && places.type(form.type()).isEmpty()) {
			result.rejectValue("type", "network.organisation.type.required");
		}
		if (!result.hasFieldErrors("status") && form.statusValue() == null) {
			result.rejectValue("status", "network.organisation.status.required");
		}
		if (!result.hasFieldErrors("sinds") && form.sinceUnreadable()) {
			result.rejectValue("sinds", "network.organisation.since.invalid");
		}
		else if (!result.hasFieldErrors("sinds") && form.since() != null && form.since().isAfter(LocalDate.now(clock))) {
			result.rejectValue("sinds", "network.organisation.since.future");
		}
		String region = OrganisationForm.clean(form.regio());
		if (region != null && access.isSecretariat() && places.region(region).isEmpty()) {
			result.rejectValue("regio", "network.organisation.region.unknown");
		}
	}

	/** The key of the region chosen (the list sends keys; a name is taken as well), as it is stored. */
	private @Nullable String regionKey(String chosen) {
		String region = OrganisationForm.clean(chosen);
		return region == null ? null : places.region(region).map(Places.Region::key).orElse(region);
	}

	private String regionOfMunicipality(String name) {
		return places.municipality(name).map(places::regionOf).orElse("");
	}

	private void requireMayCreate() {
		if (!access.hasRole(Role.REGIOCOORDINATOR)) {
			throw new AuthorizationDeniedException("Geen toegang");
		}
	}

	private Directory.Detail requireMayEdit(long id) {
		Directory.Detail detail = directory.detail(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!access.coordinates(detail.regionKey()) && !access.represents(id)) {
			throw new AuthorizationDeniedException("Geen toegang");
		}
		return detail;
	}

	private EditPage page(@Nullable Long id, Directory.@Nullable Detail detail, OrganisationForm form, FormErrors errors,
			List<Directory.RepresentativeView> representatives, RepresentativeForm representative,
			FormErrors representativeErrors, @Nullable String saved) {
		boolean signedUp = detail != null && OrganisationStatus.AANGEMELD.name().equals(detail.status());
		// "aangemeld" is only ever the status of a sign-up still waiting; nobody chooses it
		List<OrganisationStatus> statuses = java.util.Arrays.stream(OrganisationStatus.values())
			.filter(status -> status != OrganisationStatus.AANGEMELD || signedUp)
			.toList();
		return new EditPage(id, form, errors, places.regions(), places.types(), statuses,
				access.isSecretariat(), representatives, representative, representativeErrors,
				representatives.size() < Organisation.MAX_REPRESENTATIVES, saved,
				detail == null || access.coordinates(detail.regionKey()), signedUp, signedUp && access.isSecretariat());
	}
}
