package nl.alliantie.conferences.editions;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.Validator;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.conferences.editions.EditionForms.CapacityForm;
import nl.alliantie.conferences.editions.EditionForms.DayForm;
import nl.alliantie.conferences.editions.EditionForms.SessionForm;
import nl.alliantie.conferences.editions.EditionForms.SpeakerForm;
import nl.alliantie.conferences.editions.EditionForms.UploadForm;
import nl.alliantie.conferences.evaluations.Evaluations;
import nl.alliantie.conferences.publications.Publications;
import nl.alliantie.conferences.registrations.Attendees;
import nl.alliantie.conferences.registrations.DayChanges;
import nl.alliantie.conferences.registrations.Registrations;
import nl.alliantie.shared.web.FormErrors;

/** One day for the secretariat: speakers, workshops and their state, registrations, publications. */
@Controller
@RequestMapping("/beheer/alliantiedagen/dagen/{id}")
@PreAuthorize("@access.isSecretariat()")
public class DayAdminController {

	static final int PAGE_SIZE = 50;

	public record DayAdminPage(DayView view, List<Workshop> workshops, List<Attendees.Row> registrations, String status,
			int page, boolean hasNext, List<Publications.PublicFile> files, int evaluations, SpeakerForm speakerForm,
			SessionForm sessionForm, CapacityForm capacityForm, UploadForm uploadForm, FormErrors errors, String notice,
			Integer noticeCount, FormValues rowValues) {

		public String baseHref() {
			return "/beheer/alliantiedagen/dagen/" + view.day().id() + (status == null ? "" : "?status=" + status);
		}
	}

	/**
	 * The page to change a day's details, cancel it or remove it.
	 *
	 * @param active people registered or waiting
	 * @param past the day has been
	 */
	public record DayEditPage(DayView view, FormValues values, FormErrors errors, int active, boolean past) {

		public List<String> regions() {
			return List.of("", "noord", "oost", "zuid", "west");
		}
	}

	private final Editions editions;

	private final Registrations registrations;

	private final Attendees attendees;

	private final Publications publications;

	private final Evaluations evaluations;

	private final MessageSource messages;

	private final DayChanges dayChanges;

	private final Validator validator;

	private final Clock clock;

	DayAdminController(Editions editions, Registrations registrations, Attendees attendees, Publications publications,
			Evaluations evaluations, MessageSource messages, DayChanges dayChanges, Validator validator, Clock clock) {
		this.clock = clock;
		this.editions = editions;
		this.registrations = registrations;
		this.attendees = attendees;
		this.publications = publications;
		this.evaluations = evaluations;
		this.messages = messages;
		this.dayChanges = dayChanges;
		this.validator = validator;
	}

	@GetMapping
	String day(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(defaultValue = "1") int pagina, Model model) {
		model.addAttribute("page", page(id, status, pagina, SpeakerForm.empty(), SessionForm.empty(), null,
				UploadForm.empty(), FormErrors.NONE, (String) model.asMap().get("notice"),
				(Integer) model.asMap().get("noticeCount")));
		return "conferences/admin/day";
	}

	@PostMapping("/sprekers")
	String addSpeaker(@PathVariable long id, @Valid @ModelAttribute SpeakerForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors() && !editions.addSpeaker(id, form.blok(), form.sprekerNaam(), form.sprekerOrganisatie(),
				form.sprekerTitel(), form.bio())) {
			result.rejectValue("blok", "conferences.speaker.block.required");
		}
		if (!result.hasErrors()) {
			return done(id, redirect, "conferences.admin.notice.speaker");
		}
		model.addAttribute("page", page(id, null, 1, form, SessionForm.empty(), null, UploadForm.empty(),
				FormErrors.of(result, messages, locale), null, null));
		return "conferences/admin/day";
	}

	@PostMapping("/werkgroepen")
	String offerWorkshop(@PathVariable long id, @Valid @ModelAttribute SessionForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors() && !editions.offerWorkshop(id, form.werkgroep(), form.plaatsen(), form.minimum())) {
			result.rejectValue("werkgroep", "conferences.session.workshop.taken");
		}
		if (!result.hasErrors()) {
			return done(id, redirect, "conferences.admin.notice.session");
		}
		model.addAttribute("page", page(id, null, 1, SpeakerForm.empty(), form, null, UploadForm.empty(),
				FormErrors.of(result, messages, locale), null, null));
		return "conferences/admin/day";
	}

	@PostMapping("/werkgroepen/{session}")
	String changeSession(@PathVariable long id, @PathVariable long session, @Valid @ModelAttribute SessionForm form,
			BindingResult result, @RequestParam Map<String, String> typed, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!result.hasErrors() && !registrations.changeSessionCapacity(id, session, form.plaatsen(), form.minimum())) {
			int taken = editions.session(session).map(Session::taken).orElse(0);
			result.rejectValue("plaatsen", "conferences.session.belowTaken", new Object[] { taken }, null);
		}
		if (!result.hasErrors()) {
			return done(id, redirect, "conferences.admin.notice.capacity");
		}
		// the errors and what was typed stay in the row of this workshop
		Map<String, String> errors = new LinkedHashMap<>();
		FormErrors.of(result, messages, locale).byField()
			.forEach((field, message) -> errors.putIfAbsent(("minimum".equals(field) ? "minimum-" : "plaatsen-") + session, message));
		FormValues row = FormValues.of("plaatsen-" + session, typed.get("plaatsen"), "minimum-" + session, typed.get("minimum"));
		model.addAttribute("page", page(id, null, 1, SpeakerForm.empty(), SessionForm.empty(), null, UploadForm.empty(),
				new FormErrors(errors), null, null, row));
		return "conferences/admin/day";
	}

	@PostMapping("/werkgroepen/{session}/verwijderen")
	String withdrawSession(@PathVariable long id, @PathVariable long session, Model model, Locale locale,
			RedirectAttributes redirect) {
		Editions.Removal removal = editions.withdrawSession(id, session);
		if (removal.removed()) {
			return done(id, redirect, "conferences.admin.notice.sessionWithdrawn");
		}
		FormErrors errors = new FormErrors(Map.of("plaatsen-" + session, messages.getMessage(
				"conferences.admin.withdrawSession.refused", new Object[] { removal.registrations() }, locale)));
		model.addAttribute("page", page(id, null, 1, SpeakerForm.empty(), SessionForm.empty(), null, UploadForm.empty(),
				errors, null, null));
		return "conferences/admin/day";
	}

	@PostMapping("/capaciteit")
	String changeCapacity(@PathVariable long id, @Valid @ModelAttribute CapacityForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		if (!result.hasErrors() && !registrations.changeDayCapacity(id, form.capaciteit())) {
			int taken = editions.dayById(id).map(Day::taken).orElse(0);
			result.rejectValue("capaciteit", "conferences.capacity.belowTaken", new Object[] { taken }, null);
		}
		if (!result.hasErrors()) {
			return done(id, redirect, "conferences.admin.notice.capacity");
		}
		model.addAttribute("page", page(id, null, 1, SpeakerForm.empty(), SessionForm.empty(), form, UploadForm.empty(),
				FormErrors.of(result, messages, locale), null, null));
		return "conferences/admin/day";
	}

	@PostMapping("/publicaties")
	String upload(@PathVariable long id, @Valid @ModelAttribute UploadForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) throws IOException {
		DayView view = editions.day(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (form != null && form.sessie() != null && view.sessions().stream().noneMatch(s -> s.id() == form.sessie())) {
			result.rejectValue("sessie", "conferences.upload.session.invalid");
		}
		MultipartFile file = form == null ? null : form.bestand();
		if (form != null && (file == null || file.isEmpty())) {
			result.rejectValue("bestand", "conferences.upload.empty");
		}
		else if (form != null && file.getSize() > Publications.MAX_BYTES) {
			result.rejectValue("bestand", "conferences.upload.tooLarge");
		}
		if (!result.hasErrors()) {
			try {
				publications.store(view.edition().id(), id, form.sessie(), form.soort(), form.titel(),
						file.getOriginalFilename(), file.getBytes());
				return done(id, redirect, "conferences.admin.notice.upload");
			}
			catch (Publications.Refused refused) {
				result.rejectValue("bestand", refused.messageKey());
			}
		}
		model.addAttribute("page", page(id, null, 1, SpeakerForm.empty(), SessionForm.empty(), null, form,
				FormErrors.of(result, messages, locale), null, null));
		return "conferences/admin/day";
	}

	@GetMapping("/wijzigen")
	String editDay(@PathVariable long id, Model model) {
		DayView view = view(id);
		model.addAttribute("page", editPage(view, stored(view.day()), FormErrors.NONE));
		return "conferences/admin/dayEdit";
	}

	@PostMapping("/wijzigen")
	String saveDay(@PathVariable long id, @Valid @ModelAttribute DayForm form, BindingResult result,
			@RequestParam Map<String, String> typed, Model model, Locale locale, RedirectAttributes redirect) {
		DayView view = view(id);
		FormValues values = FormValues.typed(typed);
		values.checkTheRest(result, validator, DayForm.class);
		if (!result.hasErrors()) {
			DayChanges.Outcome outcome = dayChanges.change(id, new DayChanges.Change(form.datum(), form.plaats(),
					form.locatie(), form.adres(), form.regio(), form.capaciteit()));
			if (outcome.saved()) {
				redirect.addFlashAttribute("noticeCount", outcome.mailed());
				return done(id, redirect, "conferences.admin.notice.daySaved");
			}
			result.rejectValue("capaciteit", "conferences.capacity.belowTaken", new Object[] { outcome.taken() }, null);
		}
		model.addAttribute("page", editPage(view, values, FormErrors.of(result, messages, locale)));
		return "conferences/admin/dayEdit";
	}

	/** Removes a day nobody is registered or waiting for. */
	@PostMapping("/verwijderen")
	String deleteDay(@PathVariable long id, @RequestParam(required = false) Boolean zeker, Model model, Locale locale,
			RedirectAttributes redirect) {
		DayView view = view(id);
		String error;
		if (!Boolean.TRUE.equals(zeker)) {
			error = messages.getMessage("conferences.admin.confirm.required", null, locale);
		}
		else {
			Editions.Removal removal = editions.deleteDay(id);
			if (removal.removed()) {
				redirect.addFlashAttribute("notice", "conferences.admin.notice.dayDeleted");
				return "redirect:/beheer/alliantiedagen/" + view.edition().year();
			}
			error = messages.getMessage(past(view) ? "conferences.admin.deleteDay.refusedPast"
					: "conferences.admin.deleteDay.refused", new Object[] { removal.registrations() }, locale);
		}
		model.addAttribute("page", editPage(view, stored(view.day()), new FormErrors(Map.of("zeker", error))));
		return "conferences/admin/dayEdit";
	}

	/** The day does not go ahead: everyone registered or waiting gets a mail, and the day is removed. */
	@PostMapping("/afzeggen")
	String cancelDay(@PathVariable long id, @RequestParam(required = false) Boolean zekerAfzeggen,
			@RequestParam(defaultValue = "") String bericht, Model model, Locale locale, RedirectAttributes redirect) {
		DayView view = view(id);
		Map<String, String> errors = new LinkedHashMap<>();
		if (bericht.length() > 1000) {
			errors.put("bericht", messages.getMessage("conferences.admin.cancelDay.message.size", null, locale));
		}
		if (!Boolean.TRUE.equals(zekerAfzeggen)) {
			errors.put("zekerAfzeggen", messages.getMessage("conferences.admin.confirm.required", null, locale));
		}
		if (errors.isEmpty()) {
			int mailed = dayChanges.cancel(id, bericht);
			if (mailed >= 0) {
				redirect.addFlashAttribute("notice", "conferences.admin.notice.dayCancelled");
				redirect.addFlashAttribute("noticeCount", mailed);
				return "redirect:/beheer/alliantiedagen/" + view.edition().year();
			}
			errors.put("zekerAfzeggen", messages.getMessage("conferences.admin.cancelDay.past", null, locale));
		}
		Map<String, String> values = new LinkedHashMap<>(stored(view.day()).values());
		values.put("bericht", bericht);
		model.addAttribute("page", editPage(view, new FormValues(values), new FormErrors(errors)));
		return "conferences/admin/dayEdit";
	}

	private DayEditPage editPage(DayView view, FormValues values, FormErrors errors) {
		return new DayEditPage(view, values, errors, view.day().taken() + view.day().waiting(), past(view));
	}

	private boolean past(DayView view) {
		return view.day().date().isBefore(LocalDate.now(clock));
	}

	private static FormValues stored(Day day) {
		return FormValues.of("datum", day.date(), "plaats", day.town(), "locatie", day.venue(), "adres", day.address(),
				"regio", day.region(), "capaciteit", day.capacity());
	}

	private DayView view(long id) {
		return editions.day(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String done(long id, RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/beheer/alliantiedagen/dagen/" + id;
	}

	private DayAdminPage page(long id, String status, int number, SpeakerForm speaker, SessionForm session,
			CapacityForm capacity, UploadForm upload, FormErrors errors, String notice, Integer noticeCount) {
		return page(id, status, number, speaker, session, capacity, upload, errors, notice, noticeCount,
				FormValues.of());
	}

	private DayAdminPage page(long id, String status, int number, SpeakerForm speaker, SessionForm session,
			CapacityForm capacity, UploadForm upload, FormErrors errors, String notice, Integer noticeCount,
			FormValues rowValues) {
		DayView view = editions.day(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String filter = status == null || !List.of("registered", "waiting", "cancelled").contains(status) ? null : status;
		int page = Math.max(1, number);
		List<Attendees.Row> rows = attendees.ofDay(id, filter, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		boolean hasNext = rows.size() > PAGE_SIZE;
		return new DayAdminPage(view, editions.workshops(view.edition().id()), hasNext ? rows.subList(0, PAGE_SIZE) : rows,
				filter, page, hasNext, publications.ofDay(id, 0, 200), evaluations.count(id),
				speaker == null ? SpeakerForm.empty() : speaker, session == null ? SessionForm.empty() : session,
				capacity == null ? new CapacityForm(view.day().capacity()) : capacity,
				upload == null ? UploadForm.empty() : upload, errors, notice, noticeCount, rowValues);
	}
}
