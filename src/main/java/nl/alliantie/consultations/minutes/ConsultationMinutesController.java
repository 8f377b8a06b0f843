package nl.alliantie.consultations.minutes;

import nl.alliantie.shared.time.DutchTime;
import nl.alliantie.shared.web.checks.TypedDates;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.accounts.Access;
import nl.alliantie.consultations.Consultations;
import nl.alliantie.consultations.invitations.Answer;
import nl.alliantie.consultations.invitations.Invitation;
import nl.alliantie.consultations.invitations.Invitations;
import nl.alliantie.consultations.planning.AgendaSignals;
import nl.alliantie.consultations.planning.Consultation;
import nl.alliantie.consultations.planning.ConsultationStore;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.signals.Signals;

/** The coordinator records what happened; the secretariat collects the items for the Alliantiedagen. */
@Controller
public class ConsultationMinutesController {

	static final int ATTENDANCE_LIMIT = 1000;

	/**
	 * {@code signals}: the signals on the agenda, each with what came of it once recorded;
	 * {@code signalErrors} and {@code signalText}: a rejected outcome, under the field
	 * {@code uitkomst-<signal id>}.
	 */
	public record MinutesPage(Consultation consultation, boolean started, List<Invitation> coming,
			MinutesForm form, FormErrors errors, List<ActionPoint> points, ActionPointForm pointForm,
			FormErrors pointErrors, @Nullable String notice, List<Signals.ConsultationItem> signals, FormErrors signalErrors,
			@Nullable String signalText, java.time.LocalDate today) {
	}

	public record AlliantiedagenPage(int year, List<Consultations.AlliantiedagenItem> items) {
	}

	private final Minutes minutes;

	private final Invitations invitations;

	private final ConsultationStore consultations;

	private final Consultations facade;

	private final Access access;

	private final MessageSource messages;

	private final AgendaSignals agendaSignals;

	ConsultationMinutesController(Minutes minutes, Invitations invitations, ConsultationStore consultations,
			Consultations facade, Access access, MessageSource messages, AgendaSignals agendaSignals) {
		this.agendaSignals = agendaSignals;
		this.minutes = minutes;
		this.invitations = invitations;
		this.consultations = consultations;
		this.facade = facade;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/beheer/regio-overleggen/{id:\\d+}/verslag")
	String show(@PathVariable long id, @RequestParam(required = false) String melding, Model model) {
		Consultation c = load(id);
		List<Invitation> coming = invitations.list(id, Answer.YES.code(), 0, ATTENDANCE_LIMIT);
		List<Long> attended = coming.stream().filter(Invitation::attended).map(Invitation::id).toList();
		model.addAttribute("page", page(c, coming, new MinutesForm(attended, c.minutes(), c.summary()), FormErrors.NONE,
				ActionPointForm.empty(), FormErrors.NONE, melding));
		return "consultations/minutes";
	}

	@PostMapping("/beheer/regio-overleggen/{id:\\d+}/verslag")
	String record(@PathVariable long id, @Valid @ModelAttribute("form") MinutesForm form, BindingResult result,
			Model model, Locale locale) {
		Consultation c = loadStarted(id);
		if (result.hasErrors()) {
			model.addAttribute("page", page(c, invitations.list(id, Answer.YES.code(), 0, ATTENDANCE_LIMIT), form,
					FormErrors.of(result, messages, locale), ActionPointForm.empty(), FormErrors.NONE, null));
			return "consultations/minutes";
		}
		minutes.record(id, form.aanwezig(), form.verslag(), form.samenvatting());
		return "redirect:/beheer/regio-overleggen/" + id + "/verslag?melding=opgeslagen";
	}

	@PostMapping("/beheer/regio-overleggen/{id:\\d+}/actiepunten")
	String addPoint(@PathVariable long id, @Valid @ModelAttribute("pointForm") ActionPointForm form,
			BindingResult result, Model model, Locale locale) {
		Consultation c = loadStarted(id);
		if (result.hasErrors()) {
			List<Invitation> coming = invitations.list(id, Answer.YES.code(), 0, ATTENDANCE_LIMIT);
			model.addAttribute("page", page(c, coming,
					new MinutesForm(coming.stream().filter(Invitation::attended).map(Invitation::id).toList(),
							c.minutes(), c.summary()),
					FormErrors.NONE, form, FormErrors.of(result, messages, locale), null));
			return "consultations/minutes";
		}
		minutes.addPoint(id, form.soort(), form.wat(), form.wie(),
				TypedDates.date(form.wanneer()).orElse(null),
				form.forAlliantiedagen());
		return "redirect:/beheer/regio-overleggen/" + id + "/verslag?melding=punt#punten";
	}

	/** Records what came of a signal on the agenda: it moves to "besproken in regio-overleg". */
	@PostMapping("/beheer/regio-overleggen/{id:\\d+}/signalen/{signalId:\\d+}/besproken")
	String signalDiscussed(@PathVariable long id, @PathVariable long signalId,
			@RequestParam(required = false) String uitkomst, Model model, Locale locale) {
		Consultation c = loadStarted(id);
		String text = uitkomst == null ? "" : uitkomst.strip();
		String error = text.isEmpty() ? "consultations.signals.outcome.required"
				: text.length() > AgendaSignals.MAX_OUTCOME ? "consultations.signals.outcome.size" : null;
		if (error != null) {
			List<Invitation> coming = invitations.list(id, Answer.YES.code(), 0, ATTENDANCE_LIMIT);
			FormErrors errors = new FormErrors(java.util.Map.of("uitkomst-" + signalId,
					messages.getMessage(error, new Object[] { AgendaSignals.MAX_OUTCOME }, locale)));
			model.addAttribute("page", page(c, coming,
					new MinutesForm(coming.stream().filter(Invitation::attended).map(Invitation::id).toList(),
							c.minutes(), c.summary()),
					FormErrors.NONE, ActionPointForm.empty(), FormErrors.NONE, null, errors, text));
			return "consultations/minutes";
		}
		boolean recorded = agendaSignals.discussed(c, signalId, text);
		return "redirect:/beheer/regio-overleggen/" + id + "/verslag?melding=" + (recorded ? "signaalBesproken" : "signaalNiet")
				+ "#signalen";
	}

	@PostMapping("/beheer/regio-overleggen/actiepunten/{pointId:\\d+}/status")
	String pointStatus(@PathVariable long pointId, @RequestParam String status) {
		ActionPoint point = minutes.point(pointId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		load(point.consultationId());
		if (!List.of("OPEN", "BEZIG", "KLAAR").contains(status)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		minutes.setPointStatus(pointId, status);
		return "redirect:/beheer/regio-overleggen/" + point.consultationId() + "/verslag?melding=status#punten";
	}

	@PostMapping("/beheer/regio-overleggen/{id:\\d+}/publiceren")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		loadStarted(id);
		minutes.publish(id);
		return "redirect:/beheer/regio-overleggen/" + id + "/verslag?melding=gepubliceerd";
	}

	@GetMapping("/beheer/regio-overleggen/alliantiedagen")
	String alliantiedagen(@RequestParam(required = false) Integer jaar, Model model) {
		access.requireSecretariat();
		int year = jaar == null ? LocalDate.now(consultations.clock()).getYear() : jaar;
		model.addAttribute("page", new AlliantiedagenPage(year, facade.itemsForAlliantiedagen(year)));
		return "consultations/alliantiedagen";
	}

	private MinutesPage page(Consultation c, List<Invitation> coming, MinutesForm form, FormErrors errors,
			ActionPointForm pointForm, FormErrors pointErrors, @Nullable String notice) {
		return page(c, coming, form, errors, pointForm, pointErrors, notice, FormErrors.NONE, null);
	}

	private MinutesPage page(Consultation c, List<Invitation> coming, MinutesForm form, FormErrors errors,
			ActionPointForm pointForm, FormErrors pointErrors, @Nullable String notice, FormErrors signalErrors,
			@Nullable String signalText) {
		return new MinutesPage(c, c.started(consultations.clock()), coming, form, errors, minutes.points(c.id()),
				pointForm, pointErrors, notice, agendaSignals.on(c), signalErrors, signalText,
				java.time.LocalDate.now(consultations.clock()));
	}

	private Consultation load(long id) {
		Consultation c = consultations.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		access.requireCoordinates(c.regionKey());
		return c;
	}

	/** Minutes are for a meeting that has started and was not cancelled. */
	private Consultation loadStarted(long id) {
		Consultation c = load(id);
		if (!c.started(consultations.clock()) || c.cancelled()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		return c;
	}
}
