package nl.alliantie.agendas.practices;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.accounts.Access;
import nl.alliantie.network.Network;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.shared.web.PageNumber;

/**
 * The secretariat keeps the library of good practices: a list with the search, a new practice
 * (blank, or started from a reached step: "maak hier een goed voorbeeld van"), changing and
 * removing one.
 */
@Controller
public class PracticeAdminController {

	static final int PAGE_SIZE = 30;

	public record ListPage(String query, List<Practices.Practice> practices, int page, boolean hasNext, @Nullable String notice) {

		public String baseHref() {
			return query.isEmpty() ? "/beheer/praktijken"
					: "/beheer/praktijken?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	/** {@code id} null for a new practice; {@code source} the step it starts from, if any. */
	public record EditPage(@Nullable Long id, PracticeForm form, FormErrors errors, Practices.@Nullable StepSource source, @Nullable String notice) {

		public String action() {
			return id == null ? "/beheer/praktijken" : "/beheer/praktijken/" + id;
		}
	}

	private final Practices practices;

	private final Access access;

	private final Network network;

	private final MessageSource messages;

	PracticeAdminController(Practices practices, Access access, Network network, MessageSource messages) {
		this.practices = practices;
		this.access = access;
		this.network = network;
		this.messages = messages;
	}

	@GetMapping("/beheer/praktijken")
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int pagina,
			@RequestParam(required = false) String melding, Model model) {
		access.requireSecretariat();
		String query = Practices.query(q);
		int page = PageNumber.of(pagina);
		List<Practices.Practice> found = practices.list(query, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("page", new ListPage(query, found.stream().limit(PAGE_SIZE).toList(), page,
				found.size() > PAGE_SIZE, "weg".equals(melding) ? "agendas.practice.removed" : null));
		return "agendas/practiceAdminList";
	}

	@GetMapping("/beheer/praktijken/nieuw")
	String create(@RequestParam(required = false) String stap, Model model) {
		access.requireSecretariat();
		Optional<Practices.StepSource> source = stepOf(stap);
		if (source.isPresent()) {
			Optional<Long> made = practices.ofStep(source.get().stepId());
			if (made.isPresent()) {
				return "redirect:/beheer/praktijken/" + made.get();
			}
		}
		model.addAttribute("page", new EditPage(null, source.map(PracticeForm::of).orElse(PracticeForm.empty()),
				FormErrors.NONE, source.orElse(null), null));
		return "agendas/practiceEdit";
	}

	@PostMapping("/beheer/praktijken")
	String save(@Valid @ModelAttribute("form") PracticeForm form, BindingResult result, Model model, Locale locale) {
		access.requireSecretariat();
		String municipality = municipality(form, result);
		Optional<Practices.StepSource> source = Optional.empty();
		if (!result.hasFieldErrors("stap") && form.stepId() != null) {
			source = practices.reachedStep(form.stepId());
			if (source.isEmpty()) {
				result.rejectValue("stap", "agendas.practice.step.unknown");
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("page", new EditPage(null, form, FormErrors.of(result, messages, locale), source.orElse(null), null));
			return "agendas/practiceEdit";
		}
		long id = practices.create(form.details(municipality));
		return "redirect:/beheer/praktijken/" + id + "?melding=gemaakt";
	}

	@GetMapping("/beheer/praktijken/{id:\\d{1,18}}")
	String edit(@PathVariable long id, @RequestParam(required = false) String melding, Model model) {
		access.requireSecretariat();
		Practices.Practice practice = practices.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String notice = "gemaakt".equals(melding) ? "agendas.practice.created"
				: "opgeslagen".equals(melding) ? "agendas.practice.saved" : null;
		model.addAttribute("page", new EditPage(id, PracticeForm.of(practice), FormErrors.NONE, null, notice));
		return "agendas/practiceEdit";
	}

	@PostMapping("/beheer/praktijken/{id:\\d{1,18}}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") PracticeForm form, BindingResult result,
			Model model, Locale locale) {
		access.requireSecretariat();
		Practices.Practice practice = practices.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String municipality = municipality(form, result);
		if (result.hasErrors()) {
			model.addAttribute("page", new EditPage(id, form, FormErrors.of(result, messages, locale), null, null));
			return "agendas/practiceEdit";
		}
		// the step a practice was made from stays what it was
		PracticeForm kept = new PracticeForm(form.titel(), form.wat(), form.gemeente(), form.partij(), form.themas(),
				form.nodig(), form.contactNaam(), form.contactEmail(),
				practice.stepId() == null ? "" : practice.stepId().toString());
		practices.update(id, kept.details(municipality));
		return "redirect:/beheer/praktijken/" + id + "?melding=opgeslagen";
	}

	@PostMapping("/beheer/praktijken/{id:\\d{1,18}}/verwijderen")
	String remove(@PathVariable long id) {
		access.requireSecretariat();
		if (!practices.remove(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return "redirect:/beheer/praktijken?melding=weg";
	}

	/** The municipality as the register spells it, or null when none was given; an unknown one is refused. */
	private @Nullable String municipality(PracticeForm form, BindingResult result) {
		if (result.hasFieldErrors("gemeente") || form.gemeente() == null || form.gemeente().isBlank()) {
			return null;
		}
		Optional<Network.MunicipalitySummary> found = network.municipality(form.gemeente().strip());
		if (found.isEmpty()) {
			result.rejectValue("gemeente", "agendas.form.municipality.unknown");
			return null;
		}
		return found.get().name();
	}

	private Optional<Practices.StepSource> stepOf(String stap) {
		if (stap == null || !stap.matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return practices.reachedStep(Long.parseLong(stap));
	}
}
