package nl.alliantie.consultations.invitations;

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
import nl.alliantie.consultations.planning.Consultation;
import nl.alliantie.consultations.planning.ConsultationStore;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.shared.web.PageNumber;

/** The coordinator of the region (or the secretariat) invites and reads the replies. */
@Controller
public class InvitationAdminController {

	static final int PAGE_SIZE = 50;

	public record InvitationsPage(Consultation consultation, Invitations.Counts counts, List<Invitation> invitations,
			String answer, int page, boolean hasNext, boolean open, PersonForm form, FormErrors errors, @Nullable String notice) {
	}

	private final Invitations invitations;

	private final ConsultationStore consultations;

	private final Access access;

	private final MessageSource messages;

	InvitationAdminController(Invitations invitations, ConsultationStore consultations, Access access,
			MessageSource messages) {
		this.invitations = invitations;
		this.consultations = consultations;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/beheer/regio-overleggen/{id:\\d+}/uitnodigingen")
	String list(@PathVariable long id, @RequestParam(defaultValue = "") String antwoord,
			@RequestParam(defaultValue = "1") int pagina, @RequestParam(required = false) String melding, Model model) {
		Consultation consultation = load(id);
		model.addAttribute("page", page(consultation, antwoord, pagina, new PersonForm("", ""), FormErrors.NONE, melding));
		return "consultations/invitations";
	}

	@PostMapping("/beheer/regio-overleggen/{id:\\d+}/uitnodigen")
	String inviteRegion(@PathVariable long id, RedirectAttributes redirect) {
		Consultation consultation = load(id);
		if (!open(consultation)) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		redirect.addAttribute("melding", invitations.inviteRegion(id));
		return "redirect:/beheer/regio-overleggen/" + id + "/uitnodigingen";
	}

	@PostMapping("/beheer/regio-overleggen/{id:\\d+}/uitnodigen/persoon")
	String invitePerson(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		Consultation consultation = load(id);
		if (!open(consultation)) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		if (result.hasErrors()) {
			model.addAttribute("page", page(consultation, "", 1, form, FormErrors.of(result, messages, locale), null));
			return "consultations/invitations";
		}
		redirect.addAttribute("melding", invitations.invitePerson(id, form.naam(), form.email()));
		return "redirect:/beheer/regio-overleggen/" + id + "/uitnodigingen";
	}

	private InvitationsPage page(Consultation consultation, String answer, int pagina, PersonForm form,
			FormErrors errors, @Nullable String notice) {
		int page = PageNumber.of(pagina);
		String filter = Answer.parse(answer).isPresent() || Invitations.NO_ANSWER.equals(answer) ? answer : "";
		List<Invitation> rows = invitations.list(consultation.id(), filter, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		return new InvitationsPage(consultation, invitations.counts(consultation.id()),
				rows.stream().limit(PAGE_SIZE).toList(), filter, page, rows.size() > PAGE_SIZE, open(consultation), form,
				errors, notice);
	}

	private boolean open(Consultation consultation) {
		return !consultation.cancelled() && !consultation.started(consultations.clock());
	}

	private Consultation load(long id) {
		Consultation consultation = consultations.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		access.requireCoordinates(consultation.regionKey());
		return consultation;
	}
}
