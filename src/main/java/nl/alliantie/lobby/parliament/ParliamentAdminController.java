package nl.alliantie.lobby.parliament;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.lobby.campaigns.Fields;
import nl.alliantie.lobby.campaigns.SignalCitations;
import nl.alliantie.lobby.parliament.ParliamentForms.FactionForm;
import nl.alliantie.lobby.parliament.ParliamentForms.ProposalForm;
import nl.alliantie.lobby.parliament.ParliamentForms.SetForm;
import nl.alliantie.lobby.parliament.ParliamentForms.VisitForm;
import nl.alliantie.shared.web.FormErrors;

/** The secretariat keeps the proposals to parliament: a set per year, their outcomes, the factions and the visits. */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class ParliamentAdminController {

	static final int PAGE_SIZE = 20;

	public record SetsPage(List<Parliament.ProposalSet> sets, int page, boolean hasNext, SetForm form, FormErrors errors) {
	}

	/** {@code editingProposal} / {@code editingVisit}: the one whose form has errors ({@code null}: the new one). */
	public record SetPage(Parliament.ProposalSet set, SetForm form, FormErrors errors, List<Parliament.Proposal> proposals,
			ProposalForm proposalForm, FormErrors proposalErrors, @Nullable Long editingProposal, List<Parliament.Visit> visits,
			List<Parliament.Faction> factions, VisitForm visitForm, FormErrors visitErrors, @Nullable Long editingVisit,
			@Nullable String notice) {
	}

	public record FactionsPage(List<Parliament.Faction> factions, FactionForm form, FormErrors errors, @Nullable Long editing,
			@Nullable String notice) {
	}

	private final Parliament parliament;

	private final SignalCitations citations;

	private final MessageSource messages;

	ParliamentAdminController(Parliament parliament, SignalCitations citations, MessageSource messages) {
		this.parliament = parliament;
		this.citations = citations;
		this.messages = messages;
	}

	@GetMapping("/beheer/lobby/kamer")
	String sets(@RequestParam(defaultValue = "1") int pagina, Model model) {
		model.addAttribute("page", setsPage(pagina, SetForm.empty(LocalDate.now(parliament.clock()).getYear()), FormErrors.NONE));
		return "lobby/parliament/sets";
	}

	private SetsPage setsPage(int pagina, SetForm form, FormErrors errors) {
		int page = nl.alliantie.shared.web.PageNumber.of(pagina);
		List<Parliament.ProposalSet> found = parliament.page(page, PAGE_SIZE);
		boolean hasNext = found.size() > PAGE_SIZE;
		return new SetsPage(hasNext ? found.subList(0, PAGE_SIZE) : found, page, hasNext, form, errors);
	}

	@PostMapping("/beheer/lobby/kamer")
	String create(@Valid @ModelAttribute("form") SetForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response) {
		Integer year = Fields.year(form.jaar(), "jaar", result);
		LocalDate debate = Fields.date(form.debatdatum(), false, "debatdatum", result);
		if (!result.hasErrors()) {
			try {
				parliament.createSet(FormErrors.checked(year), form.titel().strip(), Fields.text(form.inleiding()), debate);
				return "redirect:/beheer/lobby/kamer/" + year;
			}
			catch (Parliament.Taken e) {
				result.rejectValue("jaar", "lobby.parliament.year.taken");
			}
		}
		response.setStatus(400);
		model.addAttribute("page", setsPage(1, form, FormErrors.of(result, messages, locale)));
		return "lobby/parliament/sets";
	}

	private Parliament.ProposalSet set(int year) {
		return parliament.ofYear(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private SetPage page(Parliament.ProposalSet set, @Nullable SetForm form, FormErrors errors, @Nullable ProposalForm proposalForm,
			FormErrors proposalErrors, @Nullable Long editingProposal, @Nullable VisitForm visitForm, FormErrors visitErrors, @Nullable Long editingVisit,
			@Nullable String notice) {
		List<Parliament.Proposal> proposals = parliament.proposals(set.id());
		return new SetPage(set, form == null ? SetForm.of(set) : form, errors, proposals,
				proposalForm == null ? ProposalForm.next(proposals.size() + 1) : proposalForm, proposalErrors,
				editingProposal, parliament.visits(set.id()), parliament.factions(),
				visitForm == null ? VisitForm.empty() : visitForm, visitErrors, editingVisit, notice);
	}

	@GetMapping("/beheer/lobby/kamer/{jaar:[0-9]{4}}")
	String show(@PathVariable int jaar, Model model) {
		model.addAttribute("page", page(set(jaar), null, FormErrors.NONE, null, FormErrors.NONE, null, null,
				FormErrors.NONE, null, (String) model.asMap().get("notice")));
		return "lobby/parliament/set";
	}

	@PostMapping("/beheer/lobby/kamer/{jaar:[0-9]{4}}")
	String update(@PathVariable int jaar, @Valid @ModelAttribute("form") SetForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Parliament.ProposalSet set = set(jaar);
		LocalDate debate = Fields.date(form.debatdatum(), false, "debatdatum", result);
		if (!result.hasErrors()) {
			parliament.updateSet(set.id(), form.titel().strip(), Fields.text(form.inleiding()), debate);
			redirect.addFlashAttribute("notice", "lobby.parliament.saved");
			return "redirect:/beheer/lobby/kamer/" + jaar;
		}
		response.setStatus(400);
		model.addAttribute("page", page(set, form, FormErrors.of(result, messages, locale), null, FormErrors.NONE, null,
				null, FormErrors.NONE, null, null));
		return "lobby/parliament/set";
	}

	@PostMapping("/beheer/lobby/kamer/{jaar:[0-9]{4}}/voorstellen")
	String addProposal(@PathVariable int jaar, @Valid @ModelAttribute("proposalForm") ProposalForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return saveProposal(set(jaar), null, form, result, model, locale, response, redirect);
	}

	@PostMapping("/beheer/lobby/kamer/{jaar:[0-9]{4}}/voorstellen/{id}")
	String changeProposal(@PathVariable int jaar, @PathVariable long id,
			@Valid @ModelAttribute("proposalForm") ProposalForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Parliament.ProposalSet set = set(jaar);
		parliament.proposal(set.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return saveProposal(set, id, form, result, model, locale, response, redirect);
	}

	@PostMapping("/beheer/lobby/kamer/{jaar:[0-9]{4}}/voorstellen/{id}/verwijderen")
	String removeProposal(@PathVariable int jaar, @PathVariable long id, RedirectAttributes redirect) {
		parliament.removeProposal(set(jaar).id(), id);
		redirect.addFlashAttribute("notice", "lobby.proposal.removed");
		return "redirect:/beheer/lobby/kamer/" + jaar + "#voorstellen";
	}

	private String saveProposal(Parliament.ProposalSet set, @Nullable Long id, ProposalForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Integer number = Fields.number(form.nummer(), "nummer", result);
		List<Long> before = id == null ? List.of()
				: parliament.proposal(set.id(), id).map(Parliament.Proposal::signalIds).orElse(List.of());
		List<Long> cited = citations.read(form.signalen(), before, "signalen", result);
		ProposalOutcome outcome = Fields.choice(ProposalOutcome.class, form.uitkomst(), "uitkomst", result);
		String link = Fields.link(form.link(), "link", result);
		if (!result.hasErrors()) {
			try {
				parliament.saveProposal(set, id, FormErrors.checked(number), form.titel().strip(), form.toelichting().strip(), cited,
						FormErrors.checked(outcome),
						link, form.notitie() == null || form.notitie().isBlank() ? null : form.notitie().strip());
				redirect.addFlashAttribute("notice", "lobby.proposal.saved");
				return "redirect:/beheer/lobby/kamer/" + set.year() + "#voorstellen";
			}
			catch (Parliament.Taken e) {
				result.rejectValue("nummer", "lobby.proposal.number.taken");
			}
		}
		response.setStatus(400);
		model.addAttribute("page", page(set, null, FormErrors.NONE, form, FormErrors.of(result, messages, locale), id, null,
				FormErrors.NONE, null, null));
		return "lobby/parliament/set";
	}

	@PostMapping("/beheer/lobby/kamer/{jaar:[0-9]{4}}/bezoeken")
	String addVisit(@PathVariable int jaar, @Valid @ModelAttribute("visitForm") VisitForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return saveVisit(set(jaar), null, form, result, model, locale, response, redirect);
	}

	@PostMapping("/beheer/lobby/kamer/{jaar:[0-9]{4}}/bezoeken/{id}")
	String changeVisit(@PathVariable int jaar, @PathVariable long id, @Valid @ModelAttribute("visitForm") VisitForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Parliament.ProposalSet set = set(jaar);
		if (parliament.visits(set.id()).stream().noneMatch(v -> v.id() == id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return saveVisit(set, id, form, result, model, locale, response, redirect);
	}

	@PostMapping("/beheer/lobby/kamer/{jaar:[0-9]{4}}/bezoeken/{id}/verwijderen")
	String removeVisit(@PathVariable int jaar, @PathVariable long id, RedirectAttributes redirect) {
		parliament.removeVisit(set(jaar).id(), id);
		redirect.addFlashAttribute("notice", "lobby.visit.removed");
		return "redirect:/beheer/lobby/kamer/" + jaar + "#bezoeken";
	}

	private String saveVisit(Parliament.ProposalSet set, @Nullable Long id, VisitForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Long faction = null;
		try {
			faction = parliament.faction(Long.parseLong(form.fractie() == null ? "" : form.fractie().strip()))
				.map(Parliament.Faction::id)
				.orElse(null);
		}
		catch (NumberFormatException e) {
			// reported below
		}
		if (faction == null) {
			result.rejectValue("fractie", "lobby.visit.faction.required");
		}
		LocalDate on = Fields.date(form.datum(), true, "datum", result);
		if (faction != null && !result.hasErrors()) { // no faction is rejected above
			if (id == null) {
				parliament.addVisit(set.id(), faction, on, form.bezoekers().strip(), Fields.text(form.woordvoerder()),
						Fields.text(form.uitkomst()));
			}
			else {
				parliament.changeVisit(set.id(), id, faction, on, form.bezoekers().strip(), Fields.text(form.woordvoerder()),
						Fields.text(form.uitkomst()));
			}
			redirect.addFlashAttribute("notice", "lobby.visit.saved");
			return "redirect:/beheer/lobby/kamer/" + set.year() + "#bezoeken";
		}
		response.setStatus(400);
		model.addAttribute("page", page(set, null, FormErrors.NONE, null, FormErrors.NONE, null, form,
				FormErrors.of(result, messages, locale), id, null));
		return "lobby/parliament/set";
	}

	@GetMapping("/beheer/lobby/fracties")
	String factions(Model model) {
		model.addAttribute("page", new FactionsPage(parliament.factions(), FactionForm.empty(), FormErrors.NONE, null,
				(String) model.asMap().get("notice")));
		return "lobby/parliament/factions";
	}

	@PostMapping("/beheer/lobby/fracties")
	String addFaction(@Valid @ModelAttribute("form") FactionForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		return saveFaction(null, form, result, model, locale, response, redirect);
	}

	@PostMapping("/beheer/lobby/fracties/{id}")
	String changeFaction(@PathVariable long id, @Valid @ModelAttribute("form") FactionForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		parliament.faction(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return saveFaction(id, form, result, model, locale, response, redirect);
	}

	private String saveFaction(@Nullable Long id, FactionForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				if (id == null) {
					parliament.addFaction(form.naam().strip());
				}
				else {
					parliament.changeFaction(id, form.naam().strip(), form.active());
				}
				redirect.addFlashAttribute("notice", "lobby.faction.saved");
				return "redirect:/beheer/lobby/fracties";
			}
			catch (Parliament.Taken e) {
				result.rejectValue("naam", "lobby.faction.name.taken");
			}
		}
		response.setStatus(400);
		model.addAttribute("page", new FactionsPage(parliament.factions(), form, FormErrors.of(result, messages, locale), id,
				null));
		return "lobby/parliament/factions";
	}
}
