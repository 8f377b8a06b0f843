package nl.alliantie.conferences.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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

import nl.alliantie.conferences.RegistrationStatus;
import nl.alliantie.conferences.editions.Day;
import nl.alliantie.conferences.editions.DayView;
import nl.alliantie.conferences.editions.Days;
import nl.alliantie.conferences.editions.EditionViews;
import nl.alliantie.conferences.editions.Removal;
import nl.alliantie.conferences.editions.Session;
import nl.alliantie.conferences.editions.Workshop;
import nl.alliantie.conferences.editions.Workshops;
import nl.alliantie.conferences.evaluations.Evaluations;
import nl.alliantie.conferences.publications.Publications;
import nl.alliantie.conferences.registrations.Attendees;
import nl.alliantie.conferences.registrations.WaitingLists;
import nl.alliantie.conferences.web.EditionForms.CapacityForm;
import nl.alliantie.conferences.web.EditionForms.SessionForm;
import nl.alliantie.conferences.web.EditionForms.SpeakerForm;
import nl.alliantie.conferences.web.EditionForms.UploadForm;
import nl.alliantie.shared.web.FormErrors;

/** One day for the secretariat: speakers, workshops and their state, registrations, publications; its details on {@link DayEditController}. */
@Controller
@RequestMapping("/beheer/alliantiedagen/dagen/{id}")
@PreAuthorize("@access.isSecretariat()")
public class DayAdminController {

	static final int PAGE_SIZE = 50;

	public record DayAdminPage(DayView view, List<Workshop> workshops, List<Attendees.Row> registrations,
			@Nullable RegistrationStatus status,
			int page, boolean hasNext, List<Publications.PublicFile> files, int evaluations, SpeakerForm speakerForm,
			SessionForm sessionForm, CapacityForm capacityForm, UploadForm uploadForm, FormErrors errors, @Nullable String notice,
			@Nullable Integer noticeCount, FormValues rowValues) {

		public String baseHref() {
			return "/beheer/alliantiedagen/dagen/" + view.day().id() + (status == null ? "" : "?status=" + status.code());
		}
	}

	private final EditionViews editionViews;

	private final Days days;

	private final Workshops workshops;

	private final WaitingLists waitingLists;

	private final Attendees attendees;

	private final Publications publications;

	private final Evaluations evaluations;

	private final MessageSource messages;

	DayAdminController(EditionViews editionViews, Days days, Workshops workshops, WaitingLists waitingLists,
			Attendees attendees, Publications publications, Evaluations evaluations, MessageSource messages) {
		this.editionViews = editionViews;
		this.days = days;
		this.workshops = workshops;
		this.waitingLists = waitingLists;
		this.attendees = attendees;
		this.publications = publications;
		this.evaluations = evaluations;
		this.messages = messages;
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
		if (!result.hasErrors() && !days.addSpeaker(id, FormErrors.checked(form.blok()), form.sprekerNaam(), form.sprekerOrganisatie(),
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
		if (!result.hasErrors() && !days.offerWorkshop(id, FormErrors.checked(form.werkgroep()), form.plaatsen(), form.minimum())) {
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
		if (!result.hasErrors() && !waitingLists.changeSessionCapacity(id, session, form.plaatsen(), form.minimum())) {
			int taken = days.session(session).map(Session::taken).orElse(0);
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
		Removal removal = days.withdrawSession(id, session);
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
		if (!result.hasErrors() && !waitingLists.changeDayCapacity(id, form.capaciteit())) {
			int taken = days.dayById(id).map(Day::taken).orElse(0);
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
		DayView view = editionViews.day(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (form != null && form.sessie() != null && view.sessions().stream().noneMatch(s -> s.id() == form.sessie())) {
			result.rejectValue("sessie", "conferences.upload.session.invalid");
		}
		MultipartFile file = form == null ? null : form.bestand();
		if (form != null && (file == null || file.isEmpty())) {
			result.rejectValue("bestand", "conferences.upload.empty");
		}
		else if (form != null && file != null && file.getSize() > Publications.MAX_BYTES) {
			result.rejectValue("bestand", "conferences.upload.tooLarge");
		}
		if (form != null && file != null && !result.hasErrors()) { // no form or file is an error above
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

	private String done(long id, RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/beheer/alliantiedagen/dagen/" + id;
	}

	private DayAdminPage page(long id, @Nullable String status, int number, SpeakerForm speaker, SessionForm session,
			@Nullable CapacityForm capacity, UploadForm upload, FormErrors errors, @Nullable String notice, @Nullable Integer noticeCount) {
		return page(id, status, number, speaker, session, capacity, upload, errors, notice, noticeCount,
				FormValues.of());
	}

	private DayAdminPage page(long id, @Nullable String status, int number, SpeakerForm speaker, SessionForm session,
			@Nullable CapacityForm capacity, UploadForm upload, FormErrors errors, @Nullable String notice, @Nullable Integer noticeCount,
			FormValues rowValues) {
		DayView view = editionViews.day(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		RegistrationStatus filter = RegistrationStatus.parse(status).orElse(null);
		int page = Math.max(1, number);
		List<Attendees.Row> rows = attendees.ofDay(id, filter, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		boolean hasNext = rows.size() > PAGE_SIZE;
		return new DayAdminPage(view, workshops.workshops(view.edition().id()), hasNext ? rows.subList(0, PAGE_SIZE) : rows,
				filter, page, hasNext, publications.ofDay(id, 0, 200), evaluations.count(id),
				speaker == null ? SpeakerForm.empty() : speaker, session == null ? SessionForm.empty() : session,
				capacity == null ? new CapacityForm(view.day().capacity()) : capacity,
				upload == null ? UploadForm.empty() : upload, errors, notice, noticeCount, rowValues);
	}
}
