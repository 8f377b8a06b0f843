package nl.alliantie.agendas.agenda;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDeniedException;
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
import nl.alliantie.accounts.Role;
import nl.alliantie.agendas.AgendaState;
import nl.alliantie.agendas.PartyKind;
import nl.alliantie.agendas.Verdict;
import nl.alliantie.network.Network;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.shared.web.PageNumber;
import nl.alliantie.signals.Signals;

// Over 400 lines, not split yet: the secretariat's editing of one agenda aggregate (agenda, parties,
// activities, needs, steps, advice, verdicts). Its handlers repeat one "validate, show again or save"
// shape per part; a controller per part (as conferences.web did for days, blocks and workshops) is
// the split to make; left for the next round.
/**
 * The staff pages of the agendas: the secretariat makes agendas and edits all of them (and alone
 * writes advice and marks a step "niet beoordeeld"); the representatives of the kartrekker edit
 * theirs.
 */
@Controller
public class AgendaAdminController {

	static final int PAGE_SIZE = 30;

	/** The notices a redirect may ask for (any other word in the address shows none). */
	static final java.util.Set<String> NOTICES = java.util.Set.of("gemaakt", "opgeslagen", "partij", "partijWeg",
			"partijHeeftStappen", "activiteit", "activiteitWeg", "behoefte", "behoefteWeg", "stap", "stapGewijzigd",
			"stapWeg", "oordeel", "advies", "vastgesteld", "afgesloten", "link", "linkZonderAdres", "doorgezet");

	public record ListPage(List<AgendaListing.Row> rows, NewAgendaFormView create, @Nullable Integer year, @Nullable AgendaState state,
			@Nullable String municipality, int page, boolean hasNext, boolean secretariat) {
	}

	public record NewAgendaFormView(Forms.NewAgendaForm form, FormErrors errors) {
	}

	/**
	 * {@code failed}: which form the errors belong to ({@code basis}, {@code partij}, {@code activiteit},
	 * {@code behoefte}, {@code stap}, {@code advies}, {@code staat}).
	 */
	public record EditPage(AgendaView agenda, Forms.BasicsForm basics, Forms.PartyForm party,
			Forms.ActivityForm activity, Forms.NeedForm need, Forms.StepForm step, Forms.AdviceForm advice,
			@Nullable String failed, FormErrors errors, @Nullable String notice, List<Signals.SignalSummary> citable, boolean secretariat) {

		public FormErrors errorsOf(String form) {
			return form.equals(failed) ? errors : FormErrors.NONE;
		}
	}

	public record StepPage(AgendaView agenda, AgendaView.Step step, Forms.StepForm form, Forms.VerdictForm verdict,
			@Nullable String failed, FormErrors errors, boolean secretariat) {

		public FormErrors errorsOf(String form) {
			return form.equals(failed) ? errors : FormErrors.NONE;
		}
	}

	private final AgendaStore store;

	private final AgendaListing listing;

	private final Access access;

	private final MessageSource messages;

	private final AgendaAccess agendaAccess;

	AgendaAdminController(AgendaStore store, AgendaListing listing, Access access, MessageSource messages,
			AgendaAccess agendaAccess) {
		this.store = store;
		this.listing = listing;
		this.access = access;
		this.messages = messages;
		this.agendaAccess = agendaAccess;
	}

	@GetMapping("/beheer/sociale-agendas")
	String list(@RequestParam(required = false) Integer jaar, @RequestParam(required = false) String staat,
			@RequestParam(required = false) String gemeente, @RequestParam(defaultValue = "1") int pagina, Model model) {
		model.addAttribute("page", listPage(jaar, staat, gemeente, pagina,
				new NewAgendaFormView(Forms.NewAgendaForm.empty(LocalDate.now(store.clock()).getYear()), FormErrors.NONE)));
		return "agendas/adminList";
	}

	private ListPage listPage(@Nullable Integer jaar, @Nullable String staat, @Nullable String gemeente, int pagina, NewAgendaFormView create) {
		boolean secretariat = access.isSecretariat();
		List<Long> leads = null;
		if (!secretariat) {
			leads = access.current()
				.map(account -> account.scopes(Role.VERTEGENWOORDIGER).stream().map(Long::valueOf).toList())
				.orElse(List.of());
			if (leads.isEmpty()) {
				throw new AuthorizationDeniedException("Geen toegang");
			}
		}
		AgendaState state = parseState(staat);
		int page = PageNumber.of(pagina);
		String municipality = gemeente == null || gemeente.isBlank() ? null : gemeente.strip();
		List<AgendaListing.Row> rows = listing.list(new AgendaListing.Filter(null, null, jaar, state, municipality, leads),
				(page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		return new ListPage(rows.stream().limit(PAGE_SIZE).toList(), create, jaar, state, municipality, page,
				rows.size() > PAGE_SIZE, secretariat);
	}

	@PostMapping("/beheer/sociale-agendas")
	String create(@Valid @ModelAttribute("form") Forms.NewAgendaForm form, BindingResult result, Model model, Locale locale) {
		access.requireSecretariat();
		Optional<Network.MunicipalitySummary> municipality = result.hasFieldErrors("gemeente") ? Optional.empty()
				: store.network().municipality(form.gemeente());
		if (!result.hasFieldErrors("gemeente") && municipality.isEmpty()) {
			result.rejectValue("gemeente", "agendas.form.municipality.unknown");
		}
		int year = result.hasFieldErrors("jaar") ? 0 : Integer.parseInt(form.jaar());
		if (year != 0 && (year < 2000 || year > LocalDate.now(store.clock()).getYear() + 5)) {
			result.rejectValue("jaar", "agendas.form.year.invalid");
		}
		Network.OrganisationSummary lead = lead(form.kartrekker(), municipality.map(Network.MunicipalitySummary::name).orElse(null),
				result, "kartrekker");
		if (lead != null && !result.hasErrors()) { // no lead comes with an error beside its field
			try {
				long id = store.create(municipality.orElseThrow(), year, new AgendaStore.Lead(lead.id().value(), lead.name(),
						form.contactNaam(), form.contactEmail()), form.ambitie());
				return "redirect:/beheer/sociale-agendas/" + id + "?melding=gemaakt";
			}
			catch (Agenda.Refusal refused) {
				result.rejectValue("gemeente", refused.key());
			}
		}
		model.addAttribute("page", listPage(null, null, null, 1,
				new NewAgendaFormView(form, FormErrors.of(result, messages, locale))));
		return "agendas/adminList";
	}

	/** The organisation of the register named {@code typed}, or an error on {@code field}. */
	private Network.@Nullable OrganisationSummary lead(String typed, @Nullable String municipality, BindingResult result, String field) {
		if (result.hasFieldErrors(field)) {
			return null;
		}
		if (typed == null || typed.isBlank()) {
			result.rejectValue(field, "agendas.form.lead.required");
			return null;
		}
		Optional<Network.OrganisationSummary> found = organisation(typed, municipality);
		if (found.isEmpty()) {
			result.rejectValue(field, "agendas.form.lead.unknown");
		}
		return found.orElse(null);
	}

	/** The one organisation of the register with this name, the one in {@code municipality} when several share it. */
	private Optional<Network.OrganisationSummary> organisation(String typed, @Nullable String municipality) {
		List<Network.OrganisationSummary> named = store.network().organisationsNamed(typed);
		if (named.size() == 1) {
			return Optional.of(named.get(0));
		}
		return named.stream().filter(o -> o.municipality() != null && o.municipality().equals(municipality)).findFirst();
	}

	/** Names of the register for the organisation fields, as one types (htmx fills a datalist). */
	@GetMapping("/beheer/sociale-agendas/organisaties")
	String organisationOptions(@RequestParam(defaultValue = "") String naam, @RequestParam(defaultValue = "") String kartrekker,
			Model model) {
		model.addAttribute("names", store.network()
			.organisationsMatching(naam.isBlank() ? kartrekker : naam, 10)
			.stream()
			.map(Network.OrganisationSummary::name)
			.distinct()
			.toList());
		return "agendas/organisationOptions";
	}

	@GetMapping("/beheer/sociale-agendas/{id:\\d+}")
	String edit(@PathVariable long id, @RequestParam(required = false) String melding, Model model) {
		AgendaView agenda = load(id);
		model.addAttribute("page", editPage(agenda, null, null, FormErrors.NONE, melding != null && NOTICES.contains(melding) ? melding : null));
		return "agendas/edit";
	}

	private EditPage editPage(AgendaView a, @Nullable String failed, @Nullable Object form, FormErrors errors, @Nullable String notice) {
		return new EditPage(a, form instanceof Forms.BasicsForm f ? f : Forms.BasicsForm.of(a),
				form instanceof Forms.PartyForm f ? f : Forms.PartyForm.empty(),
				form instanceof Forms.ActivityForm f ? f : Forms.ActivityForm.empty(),
				form instanceof Forms.NeedForm f ? f : Forms.NeedForm.empty(),
				form instanceof Forms.StepForm f ? f : Forms.StepForm.empty(a.year()),
				form instanceof Forms.AdviceForm f ? f : new Forms.AdviceForm(a.advice()), failed, errors, notice,
				store.signals().publishedIn(a.municipality(), 50), access.isSecretariat());
	}

	private String failed(AgendaView agenda, String which, Object form, BindingResult result, Locale locale, Model model) {
		model.addAttribute("page", editPage(agenda, which, form, FormErrors.of(result, messages, locale), null));
		return "agendas/edit";
	}

	private static String done(long id, String notice, String anchor) {
		return "redirect:/beheer/sociale-agendas/" + id + "?melding=" + notice + "#" + anchor;
	}

	@PostMapping("/beheer/sociale-agendas/{id:\\d+}")
	String changeBasics(@PathVariable long id, @Valid @ModelAttribute("form") Forms.BasicsForm form, BindingResult result,
			Model model, Locale locale) {
		AgendaView agenda = load(id);
		Network.OrganisationSummary lead = lead(form.kartrekker(), agenda.municipality(), result, "kartrekker");
		// a representative may not hand the agenda to an organisation they do not speak for
		if (lead != null && !access.isSecretariat() && !access.represents(lead.id().value())) {
			result.rejectValue("kartrekker", "agendas.form.lead.notYours");
		}
		if (lead != null && !result.hasErrors()) { // no lead comes with an error beside its field
			try {
				store.changeBasics(id, new AgendaStore.Lead(lead.id().value(), lead.name(), form.contactNaam(),
						form.contactEmail()), form.ambitie());
				return done(id, "opgeslagen", "basis");
			}
			catch (Agenda.Refusal refused) {
				result.reject(refused.key());
			}
		}
		return failed(agenda, "basis", form, result, locale, model);
	}

	@PostMapping("/beheer/sociale-agendas/{id:\\d+}/partijen")
	String addParty(@PathVariable long id, @Valid @ModelAttribute("form") Forms.PartyForm form, BindingResult result,
			Model model, Locale locale) {
		AgendaView agenda = load(id);
		if (!result.hasErrors()) {
			Optional<Network.OrganisationSummary> member = organisation(form.naam(), agenda.municipality());
			try {
				store.addParty(id, new AgendaStore.PartyDetails(member.map(o -> o.id().value()).orElse(null),
						member.map(Network.OrganisationSummary::name).orElse(form.naam()), PartyKind.valueOf(form.soort()),
						form.partijContact(), form.partijEmail()));
				return done(id, "partij", "partijen");
			}
			catch (Agenda.Refusal refused) {
				result.rejectValue("naam", refused.key());
			}
		}
		return failed(agenda, "partij", form, result, locale, model);
	}

	@PostMapping("/beheer/sociale-agendas/{id:\\d+}/partijen/{party:\\d+}/verwijderen")
	String removeParty(@PathVariable long id, @PathVariable long party) {
		load(id);
		try {
			store.removeParty(id, party);
			return done(id, "partijWeg", "partijen");
		}
		catch (Agenda.Refusal refused) {
			return done(id, "partijHeeftStappen", "partijen");
		}
	}

	@PostMapping("/beheer/sociale-agendas/{id:\\d+}/activiteiten")
	String addActivity(@PathVariable long id, @Valid @ModelAttribute("form") Forms.ActivityForm form,
			BindingResult result, Model model, Locale locale) {
		AgendaView agenda = load(id);
		Long party = Forms.id(form.activiteitPartij());
		if (party == null || agenda.party(party).isEmpty()) {
			result.rejectValue("activiteitPartij", "agendas.form.party.choose");
		}
		if (party != null && !result.hasErrors()) {
			try {
				store.addActivity(id, party, form.activiteit(), form.voorWie(), form.bereik());
				return done(id, "activiteit", "activiteiten");
			}
			catch (Agenda.Refusal refused) {
				result.reject(refused.key());
			}
		}
		return failed(agenda, "activiteit", form, result, locale, model);
	}

	@PostMapping("/beheer/sociale-agendas/{id:\\d+}/activiteiten/{activity:\\d+}/verwijderen")
	String removeActivity(@PathVariable long id, @PathVariable long activity) {
		load(id);
		store.removeActivity(id, activity);
		return done(id, "activiteitWeg", "activiteiten");
	}

	@PostMapping("/beheer/sociale-agendas/{id:\\d+}/behoeften")
	String addNeed(@PathVariable long id, @Valid @ModelAttribute("form") Forms.NeedForm form, BindingResult result,
			Model model, Locale locale) {
		AgendaView agenda = load(id);
		if (!result.hasErrors()) {
			try {
				store.addNeed(id, form.nodig(), form.waarom(), form.signalIds());
				return done(id, "behoefte", "behoeften");
			}
			catch (Agenda.Refusal refused) {
				result.reject(refused.key());
			}
		}
		return failed(agenda, "behoefte", form, result, locale, model);
	}

	@PostMapping("/beheer/sociale-agendas/{id:\\d+}/behoeften/{need:\\d+}/verwijderen")
	String removeNeed(@PathVariable long id, @PathVariable long need) {
		load(id);
		store.removeNeed(id, need);
		return done(id, "behoefteWeg", "behoeften");
	}

	@PostMapping("/beheer/sociale-agendas/{id:\\d+}/stappen")
	String addStep(@PathVariable long id, @Valid @ModelAttribute("form") Forms.StepForm form, BindingResult result,
			Model model, Locale locale) {
		AgendaView agenda = load(id);
		AgendaStore.StepDetails details = stepDetails(agenda, form, result);
		if (details != null && !result.hasErrors()) { // null with the errors beside their fields
			try {
				store.addStep(id, details);
				return done(id, "stap", "stappen");
			}
			catch (Agenda.Refusal refused) {
				result.reject(refused.key());
			}
		}
		return failed(agenda, "stap", form, result, locale, model);
	}

	/** The step as the form says, or errors beside its fields: a party of this agenda, a date in its year. */
	static AgendaStore.@Nullable StepDetails stepDetails(AgendaView agenda, Forms.StepForm form, BindingResult result) {
		Long party = Forms.id(form.partij());
		if (party == null || agenda.party(party).isEmpty()) {
			result.rejectValue("partij", "agendas.form.party.choose");
		}
		Long chosenNeed = Forms.id(form.behoefte());
		Long need = chosenNeed != null && agenda.needs().stream().anyMatch(n -> n.id() == chosenNeed) ? chosenNeed : null;
		LocalDate due = null;
		if (!result.hasFieldErrors("datum")) {
			try {
				due = LocalDate.parse(form.datum().strip());
				if (due.getYear() != agenda.year()) {
					result.rejectValue("datum", "agendas.step.due.year", new Object[] { agenda.year() }, null);
				}
			}
			catch (DateTimeException e) {
				result.rejectValue("datum", "agendas.form.due.invalid");
			}
		}
		if (result.hasErrors() || party == null) { // no party is rejected above
			return null;
		}
		return new AgendaStore.StepDetails(party, need, form.stap(), due, form.maatstaf(), null);
	}

	@GetMapping("/beheer/sociale-agendas/{id:\\d+}/stappen/{step:\\d+}")
	String stepPage(@PathVariable long id, @PathVariable long step, Model model) {
		AgendaView agenda = load(id);
		AgendaView.Step s = agenda.step(step).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", new StepPage(agenda, s, Forms.StepForm.of(s), Forms.VerdictForm.of(s), null,
				FormErrors.NONE, access.isSecretariat()));
		return "agendas/step";
	}

	@PostMapping("/beheer/sociale-agendas/{id:\\d+}/stappen/{step:\\d+}")
	String changeStep(@PathVariable long id, @PathVariable long step, @Valid @ModelAttribute("form") Forms.StepForm form,
			BindingResult result, Model model, Locale locale) {
		AgendaView agenda = load(id);
		AgendaView.Step s = agenda.step(step).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		AgendaStore.StepDetails details = stepDetails(agenda, form, result);
		if (details != null && !result.hasErrors()) { // null with the errors beside their fields
			try {
				store.changeStep(id, step, details);
				return done(id, "stapGewijzigd", "stap-" + step);
			}
			catch (Agenda.Refusal refused) {
				result.reject(refused.key());
			}
		}
		model.addAttribute("page", new StepPage(agenda, s, form, Forms.VerdictForm.of(s), "stap",
				FormErrors.of(result, messages, locale), access.isSecretariat()));
		return "agendas/step";
	}

	@PostMapping("/beheer/sociale-agendas/{id:\\d+}/stappen/{step:\\d+}/oordeel")
	String judge(@PathVariable long id, @PathVariable long step, @Valid @ModelAttribute("form") Forms.VerdictForm form,
			BindingResult result, Model model, Locale locale) {
		AgendaView agenda = load(id);
		AgendaView.Step s = agenda.step(step).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Verdict verdict = verdict(form, result);
		if (!result.hasErrors()) {
			try {
				store.judge(id, step, verdict, form.toelichting(), access.isSecretariat());
				return done(id, "oordeel", "stap-" + step);
			}
			catch (Agenda.Refusal refused) {
				result.rejectValue("oordeel", refused.key());
			}
		}
		model.addAttribute("page", new StepPage(agenda, s, Forms.StepForm.of(s), form, "oordeel",
				FormErrors.of(result, messages, locale), access.isSecretariat()));
		return "agendas/step";
	}

	/** The verdict of the form; a verdict other than "niet beoordeeld" needs its sentence. */
	static @Nullable Verdict verdict(Forms.VerdictForm form, BindingResult result) {
		if (result.hasFieldErrors("oordeel") || form.oordeel() == null || form.oordeel().isBlank()) {
			return null;
		}
		Verdict verdict = Verdict.valueOf(form.oordeel());
		if (verdict != Verdict.NIET_BEOORDEELD && (form.toelichting() == null || form.toelichting().isBlank())
				&& !result.hasFieldErrors("toelichting")) {
			result.rejectValue("toelichting", "agendas.form.verdict.sentence");
		}
		return verdict;
	}

	@PostMapping("/beheer/sociale-agendas/{id:\\d+}/stappen/{step:\\d+}/verwijderen")
	String removeStep(@PathVariable long id, @PathVariable long step) {
		load(id);
		store.removeStep(id, step);
		return done(id, "stapWeg", "stappen");
	}

	@PostMapping("/beheer/sociale-agendas/{id:\\d+}/advies")
	String advice(@PathVariable long id, @Valid @ModelAttribute("form") Forms.AdviceForm form, BindingResult result,
			Model model, Locale locale) {
		AgendaView agenda = load(id);
		access.requireSecretariat();
		if (!result.hasErrors()) {
			try {
				store.changeAdvice(id, form.advies());
				return done(id, "advies", "advies");
			}
			catch (Agenda.Refusal refused) {
				result.reject(refused.key());
			}
		}
		return failed(agenda, "advies", form, result, locale, model);
	}

	@PostMapping("/beheer/sociale-agendas/{id:\\d+}/vaststellen")
	String adopt(@PathVariable long id, Model model, Locale locale) {
		AgendaView agenda = load(id);
		return stateChange(agenda, () -> store.adopt(id), "vastgesteld", model, locale);
	}

	@PostMapping("/beheer/sociale-agendas/{id:\\d+}/afsluiten")
	String close(@PathVariable long id, Model model, Locale locale) {
		AgendaView agenda = load(id);
		return stateChange(agenda, () -> store.close(id), "afgesloten", model, locale);
	}

	private String stateChange(AgendaView agenda, Runnable change, String notice, Model model, Locale locale) {
		try {
			change.run();
			return done(agenda.id(), notice, "staat");
		}
		catch (Agenda.Refusal refused) {
			model.addAttribute("page", editPage(agenda, "staat", null,
					new FormErrors(java.util.Map.of("", messages.getMessage(refused.key(), null, locale))), null));
			return "agendas/edit";
		}
	}

	AgendaView load(long id) {
		return agendaAccess.editable(id);
	}

	private static @Nullable AgendaState parseState(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : AgendaState.valueOf(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
