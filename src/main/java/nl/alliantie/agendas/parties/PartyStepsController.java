package nl.alliantie.agendas.parties;

import java.time.DateTimeException;
import java.time.LocalDate;
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

import nl.alliantie.agendas.Verdict;
import nl.alliantie.agendas.agenda.Agenda;
import nl.alliantie.agendas.agenda.AgendaStore;
import nl.alliantie.agendas.agenda.AgendaView;
import nl.alliantie.agendas.agenda.Forms;
import nl.alliantie.shared.web.FormErrors;

/**
 * A party's own steps, opened without an account through its personal link: it sees only its own
 * steps, gives each a verdict with one sentence once the agenda is agreed, and answers the request
 * for a follow-up of a step it reached last year. A step of another party, or a changed token, is
 * not found.
 */
@Controller
public class PartyStepsController {

	/** {@code failed}: the id of the step whose form has errors, or {@code "vervolg-<id>"} for a follow-up. */
	public record PartyPage(String token, AgendaView agenda, AgendaView.Party party, List<AgendaView.Step> steps,
			List<AgendaStore.FollowUp> followUps, @Nullable String failed, Forms.@Nullable VerdictForm verdict, Forms.@Nullable StepForm followUp,
			FormErrors errors, @Nullable String notice) {

		public FormErrors errorsOf(String form) {
			return form.equals(failed) ? errors : FormErrors.NONE;
		}

		public Forms.VerdictForm verdictOf(AgendaView.Step step) {
			return verdict != null && Long.toString(step.id()).equals(failed) ? verdict : Forms.VerdictForm.of(step);
		}

		public Forms.StepForm followUpOf(AgendaStore.FollowUp f) {
			return followUp != null && ("vervolg-" + f.stepId()).equals(failed) ? followUp : Forms.StepForm.empty(agenda.year());
		}

		public String base() {
			return PartyLinks.path(token);
		}
	}

	private final PartyLinks links;

	private final AgendaStore store;

	private final MessageSource messages;

	PartyStepsController(PartyLinks links, AgendaStore store, MessageSource messages) {
		this.links = links;
		this.store = store;
		this.messages = messages;
	}

	private record Opened(AgendaView agenda, AgendaView.Party party) {
	}

	private Opened open(String token) {
		long partyId = links.partyOf(token).orElseThrow(PartyStepsController::notFound);
		AgendaView agenda = store.findByParty(partyId).orElseThrow(PartyStepsController::notFound);
		return new Opened(agenda, agenda.party(partyId).orElseThrow(PartyStepsController::notFound));
	}

	private PartyPage page(String token, Opened o, @Nullable String failed, Forms.@Nullable VerdictForm verdict, Forms.@Nullable StepForm followUp,
			FormErrors errors, @Nullable String notice) {
		return new PartyPage(token, o.agenda(), o.party(),
				o.agenda().steps().stream().filter(s -> s.partyId() == o.party().id()).toList(),
				store.openFollowUps(o.party().id()), failed, verdict, followUp, errors, notice);
	}

	@GetMapping("/sociale-agenda/stappen/{token}")
	String steps(@PathVariable String token, @RequestParam(required = false) String melding, Model model) {
		Opened o = open(token);
		model.addAttribute("page", page(token, o, null, null, null, FormErrors.NONE,
				"oordeel".equals(melding) || "vervolg".equals(melding) ? melding : null));
		return "agendas/party";
	}

	@PostMapping("/sociale-agenda/stappen/{token}/{step:\\d+}")
	String judge(@PathVariable String token, @PathVariable long step, @Valid @ModelAttribute("form") Forms.VerdictForm form,
			BindingResult result, Model model, Locale locale) {
		Opened o = open(token);
		AgendaView.Step s = o.agenda().step(step).filter(found -> found.partyId() == o.party().id())
			.orElseThrow(PartyStepsController::notFound);
		Verdict verdict = verdictOf(form, result);
		if (!result.hasErrors()) {
			try {
				store.judge(o.agenda().id(), s.id(), verdict, form.toelichting(), false);
				return "redirect:" + PartyLinks.path(token) + "?melding=oordeel#stap-" + s.id();
			}
			catch (Agenda.Refusal refusal) {
				result.rejectValue("oordeel", refusal.key());
			}
		}
		model.addAttribute("page", page(token, o, Long.toString(s.id()), form, null,
				FormErrors.of(result, messages, locale), null));
		return "agendas/party";
	}

	/** The verdict of the form; one other than "niet beoordeeld" needs its sentence; a party cannot give that one. */
	static @Nullable Verdict verdictOf(Forms.VerdictForm form, BindingResult result) {
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

	@PostMapping("/sociale-agenda/stappen/{token}/vervolg/{step:\\d+}")
	String followUp(@PathVariable String token, @PathVariable long step, @Valid @ModelAttribute("form") Forms.StepForm form,
			BindingResult result, Model model, Locale locale) {
		Opened o = open(token);
		AgendaStore.FollowUp asked = store.openFollowUps(o.party().id()).stream().filter(f -> f.stepId() == step)
			.findFirst().orElseThrow(PartyStepsController::notFound);
		LocalDate due = null;
		if (!result.hasFieldErrors("datum")) {
			try {
				due = LocalDate.parse(form.datum().strip());
				if (due.getYear() != o.agenda().year()) {
					result.rejectValue("datum", "agendas.step.due.year");
				}
			}
			catch (DateTimeException e) {
				result.rejectValue("datum", "agendas.form.due.invalid");
			}
		}
		if (!result.hasErrors()) {
			try {
				store.addStep(o.agenda().id(), new AgendaStore.StepDetails(o.party().id(), null, form.stap(), due,
						form.maatstaf(), asked.stepId()));
				return "redirect:" + PartyLinks.path(token) + "?melding=vervolg";
			}
			catch (Agenda.Refusal refusal) {
				result.rejectValue("stap", refusal.key());
			}
		}
		model.addAttribute("page", page(token, o, "vervolg-" + step, null, form, FormErrors.of(result, messages, locale),
				null));
		return "agendas/party";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
