package nl.alliantie.conferences.web;

import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.conferences.editions.Day;
import nl.alliantie.conferences.editions.DayView;
import nl.alliantie.conferences.editions.Days;
import nl.alliantie.conferences.editions.EditionViews;
import nl.alliantie.conferences.editions.Removal;
import nl.alliantie.conferences.registrations.DayChanges;
import nl.alliantie.conferences.web.EditionForms.DayForm;
import nl.alliantie.shared.web.FormErrors;

/** The secretariat changes a day's details, cancels the day (its registrants are mailed) or removes it. */
@Controller
@RequestMapping("/beheer/alliantiedagen/dagen/{id}")
@PreAuthorize("@access.isSecretariat()")
public class DayEditController {

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

	private final EditionViews editionViews;

	private final Days days;

	private final MessageSource messages;

	private final DayChanges dayChanges;

	private final Validator validator;

	private final Clock clock;

	DayEditController(EditionViews editionViews, Days days, MessageSource messages, DayChanges dayChanges,
			Validator validator, Clock clock) {
		this.editionViews = editionViews;
		this.days = days;
		this.messages = messages;
		this.dayChanges = dayChanges;
		this.validator = validator;
		this.clock = clock;
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
			DayChanges.Outcome outcome = dayChanges.change(id, new DayChanges.Change(FormErrors.checked(form.datum()),
					form.plaats(), form.locatie(), form.adres(), form.regio(), FormErrors.checked(form.capaciteit())));
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
			Removal removal = days.deleteDay(id);
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
		return editionViews.day(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String done(long id, RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/beheer/alliantiedagen/dagen/" + id;
	}

}
