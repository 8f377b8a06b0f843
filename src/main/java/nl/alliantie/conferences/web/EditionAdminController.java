package nl.alliantie.conferences.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.accounts.Role;
import nl.alliantie.conferences.ProgramInputs;
import nl.alliantie.conferences.editions.Block;
import nl.alliantie.conferences.editions.Days;
import nl.alliantie.conferences.editions.Edition;
import nl.alliantie.conferences.editions.EditionView;
import nl.alliantie.conferences.editions.EditionViews;
import nl.alliantie.conferences.editions.Editions;
import nl.alliantie.conferences.editions.Removal;
import nl.alliantie.conferences.editions.Workshops;
import nl.alliantie.conferences.publications.Publications;
import nl.alliantie.conferences.registrations.DayChanges;
import nl.alliantie.conferences.web.EditionForms.BlockForm;
import nl.alliantie.conferences.web.EditionForms.DayForm;
import nl.alliantie.conferences.web.EditionForms.EditionForm;
import nl.alliantie.conferences.web.EditionForms.PartnerForm;
import nl.alliantie.conferences.web.EditionForms.WorkshopForm;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.FormErrors;

/** The secretariat makes an edition: template, days, workshops, partners; sees the input for the program. */
@Controller
@RequestMapping("/beheer/alliantiedagen")
@PreAuthorize("@access.isSecretariat()")
public class EditionAdminController {

	public record EditionsAdminPage(List<Edition> editions, int page, boolean hasNext, EditionForm form,
			FormErrors errors, @Nullable String notice) {
	}

	public record EditionAdminPage(EditionView view, List<ProgramInputs.ProgramInput> inputs, BlockForm blockForm,
			DayForm dayForm, WorkshopForm workshopForm, PartnerForm partnerForm, FormErrors errors, @Nullable String notice,
			int noticeCount) {

		public List<String> kinds() {
			return Block.KINDS;
		}
	}

	/** The page to change or remove an edition; {@code active}: people registered or waiting for its days. */
	public record EditionEditPage(Edition edition, FormValues values, FormErrors errors, int active) {
	}

	private final Editions editions;

	private final EditionViews editionViews;

	private final Days days;

	private final Workshops workshops;

	private final Publications publications;

	private final ProgramInputUse programInputUse;

	private final MessageSource messages;

	private final DayChanges dayChanges;

	private final Validator validator;

	EditionAdminController(Editions editions, EditionViews editionViews, Days days, Workshops workshops,
			Publications publications, ProgramInputUse programInputUse, MessageSource messages, DayChanges dayChanges,
			Validator validator) {
		this.editions = editions;
		this.editionViews = editionViews;
		this.days = days;
		this.workshops = workshops;
		this.publications = publications;
		this.programInputUse = programInputUse;
		this.messages = messages;
		this.dayChanges = dayChanges;
		this.validator = validator;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "1") int pagina, Model model) {
		model.addAttribute("page", listPage(pagina, EditionForm.empty(), FormErrors.NONE,
				(String) model.asMap().get("notice")));
		return "conferences/admin/editions";
	}

	@PostMapping
	String create(@Valid @ModelAttribute EditionForm form, BindingResult result, Model model, Locale locale) {
		if (!result.hasErrors()) {
			try {
				editions.createEdition(FormErrors.checked(form.jaar()), form.thema(), form.titel(), form.beschrijving());
				return "redirect:/beheer/alliantiedagen/" + form.jaar();
			}
			catch (DuplicateKeyException e) {
				result.rejectValue("jaar", "conferences.edition.year.taken");
			}
		}
		model.addAttribute("page", listPage(1, form, FormErrors.of(result, messages, locale), null));
		return "conferences/admin/editions";
	}

	@GetMapping("/{jaar:\\d{4}}")
	String edition(@PathVariable int jaar, Model model) {
		Integer count = (Integer) model.asMap().get("noticeCount");
		model.addAttribute("page", editionPage(jaar, BlockForm.empty(), DayForm.empty(), WorkshopForm.empty(),
				PartnerForm.empty(), FormErrors.NONE, (String) model.asMap().get("notice"), count == null ? 0 : count));
		return "conferences/admin/edition";
	}

	@GetMapping("/{jaar:\\d{4}}/wijzigen")
	String editEdition(@PathVariable int jaar, Model model) {
		Edition edition = edition(jaar);
		model.addAttribute("page", editionEditPage(edition, stored(edition), FormErrors.NONE));
		return "conferences/admin/editionEdit";
	}

	@PostMapping("/{jaar:\\d{4}}/wijzigen")
	String saveEdition(@PathVariable int jaar, @Valid @ModelAttribute EditionForm form, BindingResult result,
			@RequestParam Map<String, String> typed, Model model, Locale locale, RedirectAttributes redirect) {
		Edition edition = edition(jaar);
		FormValues values = FormValues.typed(typed);
		values.checkTheRest(result, validator, EditionForm.class);
		if (!result.hasErrors()) {
			try {
				editions.updateEdition(edition.id(), FormErrors.checked(form.jaar()), form.thema(), form.titel(), form.beschrijving());
				return done(FormErrors.checked(form.jaar()), redirect, "conferences.admin.notice.editionSaved");
			}
			catch (DuplicateKeyException e) {
				result.rejectValue("jaar", "conferences.edition.year.taken");
			}
		}
		model.addAttribute("page", editionEditPage(edition, values, FormErrors.of(result, messages, locale)));
		return "conferences/admin/editionEdit";
	}

	/** Removes an edition with everything of it, when nobody is registered or waiting for its days. */
	@PostMapping("/{jaar:\\d{4}}/verwijderen")
	String deleteEdition(@PathVariable int jaar, @RequestParam(required = false) Boolean zeker, Model model,
			Locale locale, RedirectAttributes redirect) {
		Edition edition = edition(jaar);
		String error;
		if (!Boolean.TRUE.equals(zeker)) {
			error = messages.getMessage("conferences.admin.confirm.required", null, locale);
		}
		else {
			Removal removal = editions.deleteEdition(edition.id());
			if (removal.removed()) {
				redirect.addFlashAttribute("notice", "conferences.admin.notice.editionDeleted");
				return "redirect:/beheer/alliantiedagen";
			}
			error = messages.getMessage("conferences.admin.deleteEdition.refused", new Object[] { removal.registrations() },
					locale);
		}
		model.addAttribute("page", editionEditPage(edition, stored(edition), new FormErrors(Map.of("zeker", error))));
		return "conferences/admin/editionEdit";
	}

	private EditionEditPage editionEditPage(Edition edition, FormValues values, FormErrors errors) {
		return new EditionEditPage(edition, values, errors, editions.activeRegistrationsOfEdition(edition.id()));
	}

	private static FormValues stored(Edition edition) {
		return FormValues.of("jaar", edition.year(), "thema", edition.theme(), "titel", edition.title(), "beschrijving",
				edition.description());
	}

	@PostMapping("/{jaar:\\d{4}}/blokken")
	String addBlock(@PathVariable int jaar, @Valid @ModelAttribute BlockForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		Edition edition = edition(jaar);
		if (!result.hasErrors() && !FormErrors.checked(form.blokEinde()).isAfter(FormErrors.checked(form.blokBegin()))) {
			result.rejectValue("blokEinde", "conferences.block.time.order");
		}
		if (!result.hasErrors()) {
			// a block that moves the start or end of the days reschedules them: their registrants are mailed
			dayChanges.addBlock(edition.id(), form.blokSoort(), form.blokTitel(), FormErrors.checked(form.blokBegin()),
					FormErrors.checked(form.blokEinde()));
			return done(jaar, redirect, "conferences.admin.notice.block");
		}
		model.addAttribute("page", editionPage(jaar, form, DayForm.empty(), WorkshopForm.empty(), PartnerForm.empty(),
				FormErrors.of(result, messages, locale), null));
		return "conferences/admin/edition";
	}

	@PostMapping("/{jaar:\\d{4}}/dagen")
	String addDay(@PathVariable int jaar, @Valid @ModelAttribute DayForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		Edition edition = edition(jaar);
		if (!result.hasErrors()) {
			days.addDay(edition.id(), form.datum(), form.plaats(), form.locatie(), form.adres(), form.regio(),
					FormErrors.checked(form.capaciteit()));
			return done(jaar, redirect, "conferences.admin.notice.day");
		}
		model.addAttribute("page", editionPage(jaar, BlockForm.empty(), form, WorkshopForm.empty(), PartnerForm.empty(),
				FormErrors.of(result, messages, locale), null));
		return "conferences/admin/edition";
	}

	@PostMapping("/{jaar:\\d{4}}/werkgroepen")
	String addWorkshop(@PathVariable int jaar, @Valid @ModelAttribute WorkshopForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		Edition edition = edition(jaar);
		if (!result.hasErrors()) {
			workshops.addWorkshop(edition.id(), form.werkgroepTitel(), form.werkgroepOmschrijving(), form.begeleider());
			return done(jaar, redirect, "conferences.admin.notice.workshop");
		}
		model.addAttribute("page", editionPage(jaar, BlockForm.empty(), DayForm.empty(), form, PartnerForm.empty(),
				FormErrors.of(result, messages, locale), null));
		return "conferences/admin/edition";
	}

	/** One action: a decision offered for the program becomes a workshop or a block (docs/adr/0026). */
	@PostMapping("/{jaar:\\d{4}}/inbreng")
	String takeInput(@PathVariable int jaar, @RequestParam(name = "sleutel", defaultValue = "") String key,
			@RequestParam(name = "als", defaultValue = "") String as, RedirectAttributes redirect) {
		Edition edition = edition(jaar);
		ProgramInputs.Use use = "werkgroep".equals(as) ? ProgramInputs.Use.WORKSHOP
				: "blok".equals(as) ? ProgramInputs.Use.BLOCK : null;
		boolean made = use != null && key.length() <= 100 && programInputUse.take(edition, key, use);
		return done(jaar, redirect, !made ? "conferences.admin.notice.inputGone"
				: use == ProgramInputs.Use.WORKSHOP ? "conferences.admin.notice.inputWorkshop" : "conferences.admin.notice.inputBlock");
	}

	@PostMapping("/{jaar:\\d{4}}/partners")
	String addPartner(@PathVariable int jaar, @Valid @ModelAttribute PartnerForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) throws IOException {
		Edition edition = edition(jaar);
		MultipartFile logo = form == null ? null : form.logo();
		Long logoId = null;
		if (!result.hasErrors() && logo != null && !logo.isEmpty()) {
			try {
				logoId = publications.store(edition.id(), null, null, "logo", form.partnerNaam(), logo.getOriginalFilename(),
						logo.getBytes());
			}
			catch (Publications.Refused refused) {
				result.rejectValue("logo", refused.messageKey());
			}
		}
		if (!result.hasErrors()) {
			editions.addPartner(edition.id(), form.partnerNaam(), form.partnerSoort(), form.bijdrage(), logoId);
			return done(jaar, redirect, "conferences.admin.notice.partner");
		}
		model.addAttribute("page", editionPage(jaar, BlockForm.empty(), DayForm.empty(), WorkshopForm.empty(), form,
				FormErrors.of(result, messages, locale), null));
		return "conferences/admin/edition";
	}

	private String done(int year, RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/beheer/alliantiedagen/" + year;
	}

	private Edition edition(int year) {
		return editions.edition(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private EditionsAdminPage listPage(int number, EditionForm form, FormErrors errors, @Nullable String notice) {
		int page = Math.max(1, number);
		List<Edition> rows = editions.editions((page - 1) * 20, 21);
		boolean hasNext = rows.size() > 20;
		return new EditionsAdminPage(hasNext ? rows.subList(0, 20) : rows, page, hasNext,
				form == null ? EditionForm.empty() : form, errors, notice);
	}

	private EditionAdminPage editionPage(int year, BlockForm block, DayForm day, WorkshopForm workshop,
			PartnerForm partner, FormErrors errors, @Nullable String notice) {
		return editionPage(year, block, day, workshop, partner, errors, notice, 0);
	}

	private EditionAdminPage editionPage(int year, BlockForm block, DayForm day, WorkshopForm workshop,
			PartnerForm partner, FormErrors errors, @Nullable String notice, int noticeCount) {
		EditionView view = editionViews.view(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<ProgramInputs.ProgramInput> inputs = programInputUse.inputs(view.edition());
		// a form whose values could not be converted arrives as null: show it empty with the errors
		return new EditionAdminPage(view, inputs, block == null ? BlockForm.empty() : block,
				day == null ? DayForm.empty() : day, workshop == null ? WorkshopForm.empty() : workshop,
				partner == null ? PartnerForm.empty() : partner, errors, notice, noticeCount);
	}

	@Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		AdminLink conferencesAdminLink() {
			return new AdminLink("conferences.admin.title", "conferences.admin.description", "/beheer/alliantiedagen", 30,
					Role.SECRETARIAAT.name());
		}
	}
}
