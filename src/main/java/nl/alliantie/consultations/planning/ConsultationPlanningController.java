package nl.alliantie.consultations.planning;

import nl.alliantie.shared.time.DutchTime;
import nl.alliantie.shared.web.PageNumber;
import nl.alliantie.shared.web.checks.TypedDates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.accounts.Access;
import nl.alliantie.network.Network;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.signals.Signals;

/**
 * Staff pages to plan consultations: a coordinator plans and changes only those of their own
 * region; the secretariat all of them.
 */
@Controller
public class ConsultationPlanningController {

	static final int PAGE_SIZE = 30;

	/** {@code regionNames}: every region's name by key; {@code today}: to mark overdue points. */
	public record AdminListPage(List<Consultation> coming, List<Consultation> past, List<ConsultationStore.OpenPoint> openPoints,
			List<Network.RegionSummary> regions, int year, int page, boolean hasNext, String notice,
			java.util.Map<String, String> regionNames, LocalDate today) {

		public String regionName(String key) {
			return regionNames.getOrDefault(key, key);
		}
	}

	/**
	 * {@code signals}: the signals on the agenda (staff see every title); {@code waiting}: the
	 * region's signals awaiting the agenda, which the coordinator can put on this one.
	 */
	public record EditPage(@Nullable Consultation consultation, ConsultationForm form, FormErrors errors,
			List<ConsultationStore.AgendaItem> agenda, @Nullable AgendaItemForm itemForm, FormErrors itemErrors,
			List<Network.RegionSummary> regions, @Nullable String notice, List<Signals.ConsultationItem> signals,
			List<Signals.AgendaItem> waiting, boolean agendaOpen) {
	}

	private final ConsultationStore store;

	private final Access access;

	private final MessageSource messages;

	private final AgendaSignals agendaSignals;

	ConsultationPlanningController(ConsultationStore store, Access access, MessageSource messages,
			AgendaSignals agendaSignals) {
		this.store = store;
		this.access = access;
		this.messages = messages;
		this.agendaSignals = agendaSignals;
	}

	/** The regions the viewer may act for; null stands for all (the secretariat). */
	private @Nullable List<String> myRegions() {
		if (access.isSecretariat()) {
			return null;
		}
		return store.network().regions().stream().map(Network.RegionSummary::key).filter(access::coordinates).toList();
	}

	private List<Network.RegionSummary> myRegionSummaries() {
		return store.network().regions().stream().filter(r -> access.coordinates(r.key())).toList();
	}

	@GetMapping("/beheer/regio-overleggen")
	String list(@RequestParam(defaultValue = "1") int pagina, @RequestParam(required = false) String melding,
			Model model) {
		List<String> regions = myRegions();
		if (regions != null && regions.isEmpty()) {
			throw new org.springframework.security.authorization.AuthorizationDeniedException("Geen toegang");
		}
		int page = PageNumber.of(pagina);
		List<Consultation> past = store.past(regions, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("page", new AdminListPage(page == 1 ? store.coming(regions, 100) : List.of(),
				past.stream().limit(PAGE_SIZE).toList(), store.openPoints(regions, 100), myRegionSummaries(),
				LocalDate.now(store.clock()).getYear() + 1, page,
				past.size() > PAGE_SIZE, melding,
				store.network().regions().stream().collect(java.util.stream.Collectors.toMap(Network.RegionSummary::key,
						Network.RegionSummary::name)),
				LocalDate.now(store.clock())));
		return "consultations/adminList";
	}

	@PostMapping("/beheer/regio-overleggen/jaar")
	String planYear(@RequestParam int jaar, RedirectAttributes redirect) {
		List<String> regions = myRegions();
		if (regions == null) {
			regions = store.network().regions().stream().map(Network.RegionSummary::key).toList();
		}
		if (regions.isEmpty() || jaar < 2000 || jaar > 2200) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		int planned = store.planYear(jaar, regions);
		redirect.addAttribute("melding", planned);
		return "redirect:/beheer/regio-overleggen";
	}

	@GetMapping("/beheer/regio-overleggen/nieuw")
	String newForm(@RequestParam(required = false) String regio, Model model) {
		if (myRegionSummaries().isEmpty()) {
			throw new org.springframework.security.authorization.AuthorizationDeniedException("Geen toegang");
		}
		model.addAttribute("page", new EditPage(null, ConsultationForm.empty(regio), FormErrors.NONE, List.of(), null,
				FormErrors.NONE, myRegionSummaries(), null, List.of(), List.of(), false));
		return "consultations/edit";
	}

	@PostMapping("/beheer/regio-overleggen")
	String create(@Valid @ModelAttribute("form") ConsultationForm form, BindingResult result, Model model,
			Locale locale) {
		if (myRegionSummaries().isEmpty()) {
			throw new org.springframework.security.authorization.AuthorizationDeniedException("Geen toegang");
		}
		if (form.regio() == null || form.regio().isBlank()) {
			result.rejectValue("regio", "consultations.form.region.required");
		}
		else {
			access.requireCoordinates(form.regio());
		}
		ConsultationStore.Details details = details(form, result);
		if (result.hasErrors() || details == null) { // no details without an error in the form
			model.addAttribute("page", new EditPage(null, form, FormErrors.of(result, messages, locale), List.of(), null,
					FormErrors.NONE, myRegionSummaries(), null, List.of(), List.of(), false));
			return "consultations/edit";
		}
		long id = store.plan(details);
		return "redirect:/beheer/regio-overleggen/" + id + "?melding=gepland";
	}

	@GetMapping("/beheer/regio-overleggen/{id:\\d+}")
	String edit(@PathVariable long id, @RequestParam(required = false) String melding, Model model) {
		Consultation consultation = load(id);
		model.addAttribute("page", editPage(consultation, ConsultationForm.of(consultation), FormErrors.NONE,
				new AgendaItemForm(""), FormErrors.NONE, melding));
		return "consultations/edit";
	}

	@PostMapping("/beheer/regio-overleggen/{id:\\d+}")
	String change(@PathVariable long id, @Valid @ModelAttribute("form") ConsultationForm form, BindingResult result,
			Model model, Locale locale) {
		Consultation consultation = load(id);
		// the region of a planned consultation does not move
		ConsultationForm fixed = new ConsultationForm(consultation.regionKey(), form.datum(), form.begintijd(),
				form.eindtijd(), form.locatie(), form.adres(), form.route(), form.onlineLink());
		ConsultationStore.Details details = details(fixed, result);
		if (consultation.cancelled()) {
			result.reject("consultations.edit.cancelled");
		}
		if (result.hasErrors() || details == null) { // no details without an error in the form
			model.addAttribute("page", editPage(consultation, fixed, FormErrors.of(result, messages, locale),
					new AgendaItemForm(""), FormErrors.NONE, null));
			return "consultations/edit";
		}
		store.change(id, details);
		return "redirect:/beheer/regio-overleggen/" + id + "?melding=gewijzigd";
	}

	@PostMapping("/beheer/regio-overleggen/{id:\\d+}/agenda")
	String addItem(@PathVariable long id, @Valid @ModelAttribute("itemForm") AgendaItemForm form,
			BindingResult result, Model model, Locale locale) {
		Consultation consultation = load(id);
		if (result.hasErrors()) {
			model.addAttribute("page", editPage(consultation, ConsultationForm.of(consultation), FormErrors.NONE, form,
					FormErrors.of(result, messages, locale), null));
			return "consultations/edit";
		}
		store.addItem(id, form.titel());
		return "redirect:/beheer/regio-overleggen/" + id + "?melding=agenda#agenda";
	}

	/** Puts a signal that awaits the region's agenda on this consultation's agenda. */
	@PostMapping("/beheer/regio-overleggen/{id:\\d+}/signalen")
	String addSignal(@PathVariable long id, @RequestParam long signaal) {
		Consultation consultation = load(id);
		boolean added = agendaSignals.add(consultation, signaal);
		return "redirect:/beheer/regio-overleggen/" + id + "?melding=" + (added ? "signaal" : "signaalNiet") + "#agenda";
	}

	@PostMapping("/beheer/regio-overleggen/{id:\\d+}/annuleren")
	String cancel(@PathVariable long id) {
		Consultation consultation = load(id);
		// the invitees are mailed in the transaction of the cancellation; a second click mails nobody
		boolean cancelled = consultation.cancelled() || store.cancel(id);
		return "redirect:/beheer/regio-overleggen/" + id + "?melding=" + (cancelled ? "geannuleerd" : "nietGeannuleerd");
	}

	/** The edit page of a planned consultation: its agenda with the signals on it and those waiting. */
	private EditPage editPage(Consultation consultation, ConsultationForm form, FormErrors errors,
			AgendaItemForm itemForm, FormErrors itemErrors, @Nullable String notice) {
		return new EditPage(consultation, form, errors, store.agenda(consultation.id()), itemForm, itemErrors,
				myRegionSummaries(), notice, agendaSignals.on(consultation), agendaSignals.waiting(consultation),
				agendaSignals.open(consultation));
	}

	/** The consultation, when the viewer may act for its region; 404 when it does not exist. */
	private Consultation load(long id) {
		Consultation consultation = store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		access.requireCoordinates(consultation.regionKey());
		return consultation;
	}

	private ConsultationStore.@Nullable Details details(ConsultationForm form, BindingResult result) {
		if (result.hasFieldErrors("datum") || result.hasFieldErrors("begintijd") || result.hasFieldErrors("eindtijd")) {
			return null;
		}
		try {
			LocalDate day = TypedDates.date(form.datum()).orElseThrow(() -> new DateTimeException(form.datum()));
			LocalTime start = TypedDates.time(form.begintijd()).orElseThrow(() -> new DateTimeException(form.begintijd()));
			LocalTime end = TypedDates.time(form.eindtijd()).orElseThrow(() -> new DateTimeException(form.eindtijd()));
			if (!end.isAfter(start)) {
				result.rejectValue("eindtijd", "consultations.form.end.beforeStart");
				return null;
			}
			Instant startsAt = day.atTime(start).atZone(DutchTime.ZONE).toInstant();
			if (startsAt.isBefore(store.clock().instant())) {
				result.rejectValue("datum", "consultations.form.date.past");
				return null;
			}
			return new ConsultationStore.Details(form.regio(), startsAt,
					day.atTime(end).atZone(DutchTime.ZONE).toInstant(), form.locatie(), form.adres(),
					form.route(), form.onlineLink());
		}
		catch (DateTimeException e) {
			result.rejectValue("datum", "consultations.form.date.invalid");
			return null;
		}
	}
}
