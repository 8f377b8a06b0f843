package nl.alliantie.workprogram.activities;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.accounts.Role;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.FormErrors;

/** The secretariat keeps the work program: a year's activities, each added, changed or deleted. */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class ActivityAdminController {

	/** A year's activities and the form to add one ({@code editing}: the activity being changed, else {@code null}). */
	public record AdminPage(int year, List<Activity> activities, @Nullable Activity editing, ActivityForm form, FormErrors errors,
			@Nullable String notice) {

		public List<ActivityState> states() {
			return Arrays.asList(ActivityState.values());
		}

		public List<ProgressSource> sources() {
			return Arrays.asList(ProgressSource.values());
		}
	}

	static final int FIRST_YEAR = 2000, LAST_YEAR = 2100;

	private final Activities activities;

	private final MessageSource messages;

	ActivityAdminController(Activities activities, MessageSource messages) {
		this.activities = activities;
		this.messages = messages;
	}

	@GetMapping("/beheer/werkprogramma")
	String year(@RequestParam(name = "jaar", required = false) String jaar, Model model) {
		Integer asked = year(jaar);
		int year = asked == null ? LocalDate.now(activities.clock()).getYear() : asked;
		model.addAttribute("page", new AdminPage(year, activities.ofYear(year), null, ActivityForm.empty(year),
				FormErrors.NONE, (String) model.asMap().get("notice")));
		return "workprogram/admin";
	}

	@PostMapping("/beheer/werkprogramma")
	String create(@Valid @ModelAttribute("form") ActivityForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Activities.Details details = details(form, result);
		if (details != null) { // null when a field is wrong, with the error beside it
			try {
				activities.create(details);
				redirect.addFlashAttribute("notice", "workprogram.admin.saved");
				return "redirect:/beheer/werkprogramma?jaar=" + details.year();
			}
			catch (Activities.YearFull e) {
				result.rejectValue("jaar", "workprogram.year.full");
			}
		}
		response.setStatus(400);
		Integer year = year(form.jaar());
		int shown = year == null ? LocalDate.now(activities.clock()).getYear() : year;
		model.addAttribute("page", new AdminPage(shown, activities.ofYear(shown), null, form,
				FormErrors.of(result, messages, locale), null));
		return "workprogram/admin";
	}

	@GetMapping("/beheer/werkprogramma/activiteit/{id:[0-9]{1,18}}")
	String edit(@PathVariable long id, Model model) {
		Activity activity = activity(id);
		model.addAttribute("page", new AdminPage(activity.year(), List.of(), activity, ActivityForm.of(activity),
				FormErrors.NONE, null));
		return "workprogram/adminEdit";
	}

	@PostMapping("/beheer/werkprogramma/activiteit/{id:[0-9]{1,18}}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Activity activity = activity(id);
		// the year stays: an activity moves to another year by adding it there
		ActivityForm kept = new ActivityForm(Integer.toString(activity.year()), form.titel(), form.beschrijving(),
				form.trekker(), form.periode(), form.stand(), form.bron());
		Activities.Details details = details(kept, result);
		if (details != null && activities.update(id, details)) {
			redirect.addFlashAttribute("notice", "workprogram.admin.saved");
			return "redirect:/beheer/werkprogramma?jaar=" + activity.year();
		}
		response.setStatus(400);
		model.addAttribute("page", new AdminPage(activity.year(), List.of(), activity, kept,
				FormErrors.of(result, messages, locale), null));
		return "workprogram/adminEdit";
	}

	@PostMapping("/beheer/werkprogramma/activiteit/{id:[0-9]{1,18}}/verwijderen")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Activity activity = activity(id);
		activities.delete(id);
		redirect.addFlashAttribute("notice", "workprogram.admin.deleted");
		return "redirect:/beheer/werkprogramma?jaar=" + activity.year();
	}

	private Activity activity(long id) {
		return activities.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The details typed, or {@code null} with the wrong fields rejected beside them. */
	private static Activities.@Nullable Details details(ActivityForm form, BindingResult result) {
		Integer year = year(form.jaar());
		if (year == null && !result.hasFieldErrors("jaar")) {
			result.rejectValue("jaar", "workprogram.year.invalid");
		}
		ActivityState state = parse(ActivityState.class, form.stand());
		if (state == null && !result.hasFieldErrors("stand")) {
			result.rejectValue("stand", "workprogram.state.invalid");
		}
		ProgressSource source = null;
		if (form.bron() != null && !form.bron().isBlank()) {
			source = parse(ProgressSource.class, form.bron());
			if (source == null && !result.hasFieldErrors("bron")) {
				result.rejectValue("bron", "workprogram.source.invalid");
			}
		}
		if (result.hasErrors() || year == null || state == null) { // a missing year or state is rejected above
			return null;
		}
		return new Activities.Details(year, form.titel().strip(), ActivityForm.text(form.beschrijving()),
				ActivityForm.text(form.trekker()), ActivityForm.text(form.periode()), state, source);
	}

	private static @Nullable Integer year(String typed) {
		if (typed == null || !typed.strip().matches("[0-9]{4}")) {
			return null;
		}
		int year = Integer.parseInt(typed.strip());
		return year < FIRST_YEAR || year > LAST_YEAR ? null : year;
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String typed) {
		if (typed == null) {
			return null;
		}
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(typed.strip())) {
				return value;
			}
		}
		return null;
	}

	@Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		AdminLink workProgramAdminLink() {
			return new AdminLink("workprogram.admin.title", "workprogram.admin.description", "/beheer/werkprogramma", 48,
					Role.SECRETARIAAT.name());
		}
	}
}
