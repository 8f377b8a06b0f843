package nl.alliantie.conferences.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.conferences.editions.Edition;
import nl.alliantie.conferences.editions.Editions;
import nl.alliantie.conferences.editions.Removal;
import nl.alliantie.conferences.editions.Workshop;
import nl.alliantie.conferences.editions.Workshops;
import nl.alliantie.conferences.web.EditionForms.WorkshopForm;
import nl.alliantie.shared.web.FormErrors;

/** The secretariat changes or removes a workshop of an edition (made on {@link EditionAdminController}'s page). */
@Controller
@RequestMapping("/beheer/alliantiedagen")
@PreAuthorize("@access.isSecretariat()")
public class WorkshopEditController {

	/** The page to change or remove a workshop; {@code active}: people registered or waiting who chose it. */
	public record WorkshopEditPage(Edition edition, Workshop workshop, FormValues values, FormErrors errors,
			int active) {
	}

	private final Editions editions;

	private final Workshops workshops;

	private final MessageSource messages;

	WorkshopEditController(Editions editions, Workshops workshops, MessageSource messages) {
		this.editions = editions;
		this.workshops = workshops;
		this.messages = messages;
	}

	@GetMapping("/{jaar:\\d{4}}/werkgroepen/{werkgroep:\\d+}")
	String editWorkshop(@PathVariable int jaar, @PathVariable long werkgroep, Model model) {
		Edition edition = edition(jaar);
		Workshop workshop = workshop(edition, werkgroep);
		model.addAttribute("page", workshopEditPage(edition, workshop, stored(workshop), FormErrors.NONE));
		return "conferences/admin/workshopEdit";
	}

	@PostMapping("/{jaar:\\d{4}}/werkgroepen/{werkgroep:\\d+}")
	String saveWorkshop(@PathVariable int jaar, @PathVariable long werkgroep, @Valid @ModelAttribute WorkshopForm form,
			BindingResult result, @RequestParam Map<String, String> typed, Model model, Locale locale,
			RedirectAttributes redirect) {
		Edition edition = edition(jaar);
		Workshop workshop = workshop(edition, werkgroep);
		if (!result.hasErrors()) {
			workshops.updateWorkshop(workshop.id(), form.werkgroepTitel(), form.werkgroepOmschrijving(), form.begeleider());
			return done(jaar, redirect, "conferences.admin.notice.workshopSaved");
		}
		model.addAttribute("page", workshopEditPage(edition, workshop, FormValues.typed(typed),
				FormErrors.of(result, messages, locale)));
		return "conferences/admin/workshopEdit";
	}

	/** Removes a workshop from the edition and its days, when nobody registered or waiting chose it. */
	@PostMapping("/{jaar:\\d{4}}/werkgroepen/{werkgroep:\\d+}/verwijderen")
	String deleteWorkshop(@PathVariable int jaar, @PathVariable long werkgroep,
			@RequestParam(required = false) Boolean zeker, Model model, Locale locale, RedirectAttributes redirect) {
		Edition edition = edition(jaar);
		Workshop workshop = workshop(edition, werkgroep);
		String error;
		if (!Boolean.TRUE.equals(zeker)) {
			error = messages.getMessage("conferences.admin.confirm.required", null, locale);
		}
		else {
			Removal removal = workshops.deleteWorkshop(workshop.id());
			if (removal.removed()) {
				return done(jaar, redirect, "conferences.admin.notice.workshopDeleted");
			}
			error = messages.getMessage("conferences.admin.deleteWorkshop.refused",
					new Object[] { removal.registrations() }, locale);
		}
		model.addAttribute("page", workshopEditPage(edition, workshop, stored(workshop),
				new FormErrors(Map.of("zeker", error))));
		return "conferences/admin/workshopEdit";
	}

	private WorkshopEditPage workshopEditPage(Edition edition, Workshop workshop, FormValues values, FormErrors errors) {
		return new WorkshopEditPage(edition, workshop, values, errors, workshops.activeRegistrationsOfWorkshop(workshop.id()));
	}

	private Workshop workshop(Edition edition, long workshopId) {
		return workshops.workshops(edition.id())
			.stream()
			.filter(workshop -> workshop.id() == workshopId)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static FormValues stored(Workshop workshop) {
		return FormValues.of("werkgroepTitel", workshop.title(), "werkgroepOmschrijving", workshop.description(),
				"begeleider", workshop.facilitator());
	}

	private String done(int year, RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/beheer/alliantiedagen/" + year;
	}

	private Edition edition(int year) {
		return editions.edition(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
