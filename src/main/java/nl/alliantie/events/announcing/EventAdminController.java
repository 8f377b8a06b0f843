package nl.alliantie.events.announcing;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import jakarta.validation.Valid;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.accounts.Role;
import nl.alliantie.conferences.OccasionId;
import nl.alliantie.conferences.Occasions;
import nl.alliantie.events.EventKind;
import nl.alliantie.network.Network;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.shared.web.PageNumber;
import nl.alliantie.shared.web.checks.TypedDates;

/**
 * The secretariat announces, changes and cancels one-off events. A change of date, time or place
 * is mailed to the registrants by the conferences module with the new calendar file; a capacity
 * below the places taken is refused beside its field, with the rest of the form kept.
 */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class EventAdminController {

	static final int PAGE_SIZE = 25;

	/** Most files an event page lists; a report or two and a few dozen photos is what an event has. */
	static final int FILES = 60;

	/** What {@code events/admin.jte} shows: a page of events, latest first, with their places. */
	public record AdminPage(List<Event> events, Map<OccasionId, Occasions.Places> places, int page, boolean hasNext,
			@Nullable String notice) {
	}

	/**
	 * What {@code events/edit.jte} shows; {@code event} is null for a new one. {@code held}: its day
	 * has passed, so reports and photos can be added ({@code files}, {@code upload}, {@code uploadErrors}).
	 */
	public record EditPage(@Nullable Event event, Occasions.@Nullable Places places, EventForm form, FormErrors errors,
			List<EventKind> kinds, List<Network.RegionSummary> regions, CancelForm cancel, FormErrors cancelErrors,
			@Nullable String notice, boolean held, List<Occasions.File> files, UploadForm upload, FormErrors uploadErrors) {

		public String action() {
			return event == null ? "/beheer/bijeenkomsten" : "/beheer/bijeenkomsten/" + event.id();
		}
	}

	private final EventStore store;

	private final Occasions occasions;

	private final Network network;

	private final MessageSource messages;

	private final Clock clock;

	EventAdminController(EventStore store, Occasions occasions, Network network, MessageSource messages, Clock clock) {
		this.store = store;
		this.occasions = occasions;
		this.network = network;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/beheer/bijeenkomsten")
	String list(@RequestParam(name = "pagina", defaultValue = "1") int pagina, Model model) {
		int page = PageNumber.of(pagina);
		List<Event> events = store.all(page, PAGE_SIZE);
		List<Event> shown = events.subList(0, Math.min(PAGE_SIZE, events.size()));
		model.addAttribute("page", new AdminPage(shown, occasions.places(shown.stream().map(Event::occasion).toList()),
				page, events.size() > PAGE_SIZE, (String) model.asMap().get("notice")));
		return "events/admin";
	}

	@GetMapping("/beheer/bijeenkomsten/nieuw")
	String create(Model model) {
		model.addAttribute("page", editPage(null, EventForm.empty(), FormErrors.NONE, new CancelForm(""), FormErrors.NONE, null));
		return "events/edit";
	}

	@PostMapping("/beheer/bijeenkomsten")
	String announce(@Valid @ModelAttribute EventForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		Map<String, String> errors = errors(form, result, null, locale);
		if (!errors.isEmpty()) {
			model.addAttribute("page", editPage(null, form, new FormErrors(Map.copyOf(errors)), new CancelForm(""),
					FormErrors.NONE, null));
			return "events/edit";
		}
		long id = store.announce(draft(form));
		redirect.addFlashAttribute("notice", "events.admin.announced");
		return "redirect:/beheer/bijeenkomsten/" + id;
	}

	@GetMapping("/beheer/bijeenkomsten/{id:[0-9]{1,18}}")
	String edit(@PathVariable long id, Model model) {
		Event event = load(id);
		model.addAttribute("page", editPage(event, EventForm.of(event), FormErrors.NONE, new CancelForm(""), FormErrors.NONE,
				(String) model.asMap().get("notice")));
		return "events/edit";
	}

	@PostMapping("/beheer/bijeenkomsten/{id:[0-9]{1,18}}")
	String change(@PathVariable long id, @Valid @ModelAttribute EventForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		Event event = load(id);
		Map<String, String> errors = errors(form, result, event, locale);
		if (errors.isEmpty()) {
			EventStore.Changed changed = store.change(id, draft(form));
			if (changed.saved()) {
				redirect.addFlashAttribute("notice", changed.mailed() > 0 ? "events.admin.changedMailed" : "events.admin.changed");
				return "redirect:/beheer/bijeenkomsten/" + id;
			}
			errors.put("capaciteit", messages.getMessage("events.form.capacity.taken", new Object[] { changed.taken() }, locale));
		}
		model.addAttribute("page", editPage(event, form, new FormErrors(Map.copyOf(errors)), new CancelForm(""),
				FormErrors.NONE, null));
		return "events/edit";
	}

	@PostMapping("/beheer/bijeenkomsten/{id:[0-9]{1,18}}/afgelasten")
	String cancel(@PathVariable long id, @Valid @ModelAttribute @Nullable CancelForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		Event event = load(id);
		if (result.hasErrors() || form == null) {
			model.addAttribute("page", editPage(event, EventForm.of(event), FormErrors.NONE,
					form == null ? new CancelForm("") : form, FormErrors.of(result, messages, locale), null));
			return "events/edit";
		}
		if (event.held(clock)) {
			redirect.addFlashAttribute("notice", "events.admin.cancelHeld");
			return "redirect:/beheer/bijeenkomsten/" + id;
		}
		store.cancel(id, form.bericht());
		redirect.addFlashAttribute("notice", "events.admin.cancelled");
		return "redirect:/beheer/bijeenkomsten/" + id;
	}

	/**
	 * A report, presentation or photo of a held event, published through the conferences module
	 * (checked by its content, at most 10 MB) and listed in the document library from there.
	 */
	@PostMapping("/beheer/bijeenkomsten/{id:[0-9]{1,18}}/bestanden")
	String upload(@PathVariable long id, @Valid @ModelAttribute @Nullable UploadForm form, BindingResult result,
			@RequestParam(name = "bestand", required = false) @Nullable MultipartFile file, Model model, Locale locale,
			RedirectAttributes redirect) throws IOException {
		Event event = load(id);
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(result, messages, locale).byField());
		UploadForm kept = form == null ? new UploadForm("") : form;
		if (!event.held(clock)) {
			// the form is only on the page of a held event
			redirect.addFlashAttribute("notice", "events.files.notHeld");
			return "redirect:/beheer/bijeenkomsten/" + id;
		}
		if (file == null || file.isEmpty()) {
			errors.putIfAbsent("bestand", t("events.files.required", locale));
		}
		else if (errors.isEmpty()) {
			Occasions.Stored stored = occasions.publish(event.occasion(), kept.bestandstitel(), file.getOriginalFilename(),
					file.getBytes());
			if (stored.stored()) {
				redirect.addFlashAttribute("notice", "events.files.published");
				return "redirect:/beheer/bijeenkomsten/" + id + "#verslagen";
			}
			errors.put("bestand", t(Objects.requireNonNullElse(stored.refusedKey(), "conferences.upload.broken"), locale));
		}
		model.addAttribute("page", editPage(event, EventForm.of(event), FormErrors.NONE, new CancelForm(""), FormErrors.NONE,
				null, kept, new FormErrors(Map.copyOf(errors))));
		return "events/edit";
	}

	/**
	 * The binder's sentences, then the checks that need more than one field: a kind and region
	 * that exist, an end after the start, a closing date on or before the day, and no new date in
	 * the past.
	 */
	private Map<String, String> errors(@Nullable EventForm form, BindingResult result, @Nullable Event event, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(result, messages, locale).byField());
		if (form == null) {
			return errors;
		}
		if (EventKind.parse(form.soort()).isEmpty()) {
			errors.putIfAbsent("soort", t("events.form.kind.required", locale));
		}
		if (!form.regio().isEmpty() && network.regions().stream().noneMatch(region -> region.key().equals(form.regio()))) {
			errors.putIfAbsent("regio", t("events.form.region.unknown", locale));
		}
		Optional<LocalDate> date = TypedDates.date(form.datum());
		Optional<LocalDate> closes = TypedDates.date(form.sluitdatum());
		Optional<LocalTime> start = TypedDates.time(form.begintijd());
		Optional<LocalTime> end = TypedDates.time(form.eindtijd());
		if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
			errors.putIfAbsent("eindtijd", t("events.form.end.beforeStart", locale));
		}
		if (date.isPresent() && date.get().isBefore(LocalDate.now(clock))
				&& (event == null || !date.get().equals(event.heldOn()))) {
			errors.putIfAbsent("datum", t("events.form.date.past", locale));
		}
		if (date.isPresent() && closes.isPresent() && closes.get().isAfter(date.get())) {
			errors.putIfAbsent("sluitdatum", t("events.form.closes.afterDate", locale));
		}
		return errors;
	}

	private static EventStore.Draft draft(EventForm form) {
		return new EventStore.Draft(EventKind.parse(form.soort()).orElseThrow(), form.titel(),
				TypedDates.date(form.datum()).orElseThrow(), TypedDates.time(form.begintijd()).orElseThrow(),
				TypedDates.time(form.eindtijd()).orElseThrow(), form.locatie(), form.adres(), form.plaats(),
				form.regio().isEmpty() ? null : form.regio(), form.programma(), Objects.requireNonNull(form.capaciteit()),
				TypedDates.date(form.sluitdatum()).orElseThrow());
	}

	private EditPage editPage(@Nullable Event event, @Nullable EventForm form, FormErrors errors, CancelForm cancel,
			FormErrors cancelErrors, @Nullable String notice) {
		return editPage(event, form, errors, cancel, cancelErrors, notice, new UploadForm(""), FormErrors.NONE);
	}

	private EditPage editPage(@Nullable Event event, @Nullable EventForm form, FormErrors errors, CancelForm cancel,
			FormErrors cancelErrors, @Nullable String notice, UploadForm upload, FormErrors uploadErrors) {
		Occasions.Places places = event == null ? null : occasions.places(List.of(event.occasion())).get(event.occasion());
		boolean held = event != null && event.held(clock);
		return new EditPage(event, places, form == null ? EventForm.empty() : form, errors, List.of(EventKind.values()),
				network.regions(), cancel, cancelErrors, notice, held,
				event != null && held ? occasions.files(event.occasion(), FILES) : List.of(), upload, uploadErrors);
	}

	private String t(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private Event load(long id) {
		return store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		AdminLink eventsAdminLink() {
			return new AdminLink("events.admin.title", "events.admin.description", "/beheer/bijeenkomsten", 32,
					Role.SECRETARIAAT.name());
		}
	}
}
