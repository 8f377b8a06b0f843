package nl.alliantie.consultations.invitations;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.alliantie.consultations.planning.Consultation;
import nl.alliantie.consultations.planning.ConsultationStore;
import nl.alliantie.network.Network;
import nl.alliantie.network.OrganisationId;
import nl.alliantie.shared.web.FormErrors;

/** The reply page behind the personal link in an invitation: no account, no JavaScript needed. */
@Controller
public class InvitationReplyController {

	public record ReplyPage(String token, Invitation invitation, Consultation consultation,
			List<ConsultationStore.AgendaItem> agenda, List<Network.KnownRepresentative> known, boolean open,
			ReplyForm form, FormErrors errors, boolean thanks) {
	}

	public record InvalidLinkPage() {
	}

	private final Invitations invitations;

	private final ConsultationStore consultations;

	private final MessageSource messages;

	InvitationReplyController(Invitations invitations, ConsultationStore consultations, MessageSource messages) {
		this.invitations = invitations;
		this.consultations = consultations;
		this.messages = messages;
	}

	@GetMapping("/uitnodiging/{token}")
	String show(@PathVariable String token, @RequestParam(required = false) String bedankt, Model model,
			HttpServletResponse response) {
		var found = invitations.byToken(token);
		if (found.isEmpty()) {
			return invalid(model, response);
		}
		Invitation invitation = found.get();
		model.addAttribute("page", page(token, invitation, current(invitation), FormErrors.NONE, bedankt != null));
		return "consultations/reply";
	}

	@PostMapping("/uitnodiging/{token}")
	String answer(@PathVariable String token, @Valid @ModelAttribute("form") ReplyForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response) {
		var found = invitations.byToken(token);
		if (found.isEmpty()) {
			return invalid(model, response);
		}
		Invitation invitation = found.get();
		if (!invitation.open(invitations.clock())) {
			response.setStatus(409);
			model.addAttribute("page", page(token, invitation, current(invitation), FormErrors.NONE, false));
			return "consultations/reply";
		}
		Answer answer = Answer.parse(form.antwoord()).orElse(null);
		if (answer == null) {
			result.rejectValue("antwoord", "consultations.reply.answer.required");
		}
		if (answer == Answer.YES) {
			if (ReplyForm.blank(form.naam1()) && !result.hasFieldErrors("naam1")) {
				result.rejectValue("naam1", "consultations.reply.name1.required");
			}
			if (ReplyForm.blank(form.email1()) && !result.hasFieldErrors("email1")) {
				result.rejectValue("email1", "consultations.reply.email1.required");
			}
			if (!ReplyForm.blank(form.naam2()) && ReplyForm.blank(form.email2()) && !result.hasFieldErrors("email2")) {
				result.rejectValue("email2", "consultations.reply.email2.required");
			}
			if (ReplyForm.blank(form.naam2()) && !ReplyForm.blank(form.email2()) && !result.hasFieldErrors("naam2")) {
				result.rejectValue("naam2", "consultations.reply.name2.required");
			}
		}
		if (!result.hasErrors()) {
			try {
				invitations.answer(invitation.id(), form.reply(), "/uitnodiging/" + token, locale);
				return "redirect:/uitnodiging/" + token + "?bedankt";
			}
			catch (ReplyClosed e) {
				response.setStatus(409);
				model.addAttribute("page", page(token, invitations.invitation(invitation.id()).orElseThrow(),
						current(invitation), FormErrors.NONE, false));
				return "consultations/reply";
			}
		}
		model.addAttribute("page", page(token, invitation, form, FormErrors.of(result, messages, locale), false));
		return "consultations/reply";
	}

	private ReplyPage page(String token, Invitation invitation, ReplyForm form, FormErrors errors, boolean thanks) {
		Consultation consultation = consultations.find(invitation.consultationId()).orElseThrow();
		List<Network.KnownRepresentative> known = invitation.organisationId() == null ? List.of()
				: consultations.network().representativesOf(new OrganisationId(invitation.organisationId()));
		return new ReplyPage(token, invitation, consultation, consultations.agenda(consultation.id()), known,
				invitation.open(invitations.clock()), form, errors, thanks);
	}

	private String invalid(Model model, HttpServletResponse response) {
		response.setStatus(404);
		model.addAttribute("page", new InvalidLinkPage());
		return "consultations/replyInvalid";
	}

	/** The form as the last reply left it, or with the organisation's known representatives. */
	private ReplyForm current(Invitation invitation) {
		if (invitation.answer() != null) {
			return new ReplyForm(invitation.answer().code(), ReplyForm.nz(invitation.person1Name()),
					ReplyForm.nz(invitation.person1Email()), ReplyForm.nz(invitation.person2Name()),
					ReplyForm.nz(invitation.person2Email()), ReplyForm.nz(invitation.remarks()));
		}
		List<Network.KnownRepresentative> known = invitation.organisationId() == null ? List.of()
				: consultations.network().representativesOf(new OrganisationId(invitation.organisationId()));
		String n1 = known.size() > 0 ? known.get(0).name() : invitation.organisationId() == null ? invitation.name() : "";
		String e1 = known.size() > 0 ? known.get(0).email() : invitation.organisationId() == null ? invitation.email() : "";
		return new ReplyForm("", n1, e1, known.size() > 1 ? known.get(1).name() : "",
				known.size() > 1 ? known.get(1).email() : "", "");
	}
}
