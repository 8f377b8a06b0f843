package nl.alliantie.network.calls;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
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

import nl.alliantie.network.organisations.Directory;
import nl.alliantie.network.people.People;
import nl.alliantie.network.places.Places;
import nl.alliantie.shared.web.FormErrors;

/** The reply page behind the personal link in a call: no account needed. */
@Controller
public class ReplyController {

	/** {@code kinds}: the kinds of organisation to choose from; empty when the kind is not asked. */
	public record ReplyPage(String token, Recipient recipient, boolean open, ReplyForm form, FormErrors errors,
			boolean thanks, boolean answered, List<Places.OrganisationType> kinds) {
	}

	public record InvalidLinkPage() {
	}

	private final Calls calls;

	private final People people;

	private final Directory directory;

	private final MessageSource messages;

	private final Places places;

	ReplyController(Calls calls, People people, Directory directory, MessageSource messages, Places places) {
		this.places = places;
		this.calls = calls;
		this.people = people;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/oproep/{token}")
	String show(@PathVariable String token, @RequestParam(required = false) String bedankt, Model model,
			HttpServletResponse response) {
		var found = calls.byToken(token);
		if (found.isEmpty()) {
			return invalid(model, response);
		}
		Recipient recipient = found.get();
		model.addAttribute("page", new ReplyPage(token, recipient, calls.open(recipient), current(recipient),
				FormErrors.NONE, bedankt != null, recipient.answer() != null, kinds(recipient)));
		return "network/reply";
	}

	@PostMapping("/oproep/{token}")
	String answer(@PathVariable String token, @Valid @ModelAttribute("form") ReplyForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response) {
		var found = calls.byToken(token);
		if (found.isEmpty()) {
			return invalid(model, response);
		}
		Recipient recipient = found.get();
		if (!calls.open(recipient)) {
			model.addAttribute("page", new ReplyPage(token, recipient, false, current(recipient), FormErrors.NONE,
					false, recipient.answer() != null, List.of()));
			return "network/reply";
		}
		Answer answer = form.answer();
		if (!result.hasFieldErrors("antwoord") && answer == null) {
			result.rejectValue("antwoord", "network.reply.answer.required");
		}
		if (answer == Answer.JA) {
			if (ReplyForm.blank(form.naam1()) && !result.hasFieldErrors("naam1")) {
				result.rejectValue("naam1", "network.reply.name1.required");
			}
			if (ReplyForm.blank(form.email1()) && !result.hasFieldErrors("email1")) {
				result.rejectValue("email1", "network.reply.email1.required");
			}
			if (asksKind(recipient) && places.type(nz(form.soort()).trim()).isEmpty()) {
				result.rejectValue("soort", "network.reply.kind.required");
			}
		}
		if (!ReplyForm.blank(form.naam2()) && ReplyForm.blank(form.email2()) && !result.hasFieldErrors("email2")) {
			result.rejectValue("email2", "network.reply.email2.required");
		}
		if (ReplyForm.blank(form.naam2()) && !ReplyForm.blank(form.email2()) && !result.hasFieldErrors("naam2")) {
			result.rejectValue("naam2", "network.reply.name2.required");
		}
		if (!ReplyForm.blank(form.naam1()) && ReplyForm.blank(form.email1()) && !result.hasFieldErrors("email1")) {
			result.rejectValue("email1", "network.reply.email1.required");
		}
		if (!ReplyForm.blank(form.email1()) && form.email1().trim().equalsIgnoreCase(nz(form.email2()).trim())
				&& !result.hasFieldErrors("email2")) {
			result.rejectValue("email2", "network.reply.email2.same");
		}
		if (!result.hasErrors()) {
			List<String[]> representatives = new ArrayList<>();
			if (!ReplyForm.blank(form.naam1()) && !ReplyForm.blank(form.email1())) {
				representatives.add(new String[] { form.naam1().trim(), form.email1().trim() });
			}
			if (!ReplyForm.blank(form.naam2()) && !ReplyForm.blank(form.email2())) {
				representatives.add(new String[] { form.naam2().trim(), form.email2().trim() });
			}
			try {
				calls.answer(recipient.id(), new Calls.Reply(answer, representatives, form.opmerkingen(),
						form.consent(), asksKind(recipient) ? nz(form.soort()).trim() : null, locale));
				return "redirect:/oproep/" + token + "?bedankt";
			}
			catch (CallClosed e) {
				result.reject("network.reply.closed");
			}
		}
		model.addAttribute("page", new ReplyPage(token, recipient, true, form, FormErrors.of(result, messages, locale),
				false, recipient.answer() != null, kinds(recipient)));
		return "network/reply";
	}

	private String invalid(Model model, HttpServletResponse response) {
		response.setStatus(404);
		model.addAttribute("page", new InvalidLinkPage());
		return "network/replyInvalid";
	}

	/** The form as the last reply left it, or with the current representatives. */
	private ReplyForm current(Recipient recipient) {
		List<String[]> persons = new ArrayList<>();
		if (recipient.answer() != null) {
			for (Long id : new Long[] { recipient.firstPersonId(), recipient.secondPersonId() }) {
				if (id != null) {
					people.find(id).filter(p -> !p.erased()).ifPresent(p -> persons.add(new String[] { p.name(), nz(p.email()) }));
				}
			}
		}
		else if (recipient.organisationId() != null) {
			directory.detail(recipient.organisationId()).ifPresent(detail -> detail.representatives()
				.forEach(r -> persons.add(new String[] { r.name(), nz(r.email()) })));
		}
		String[] first = persons.size() > 0 ? persons.get(0) : new String[] { "", "" };
		String[] second = persons.size() > 1 ? persons.get(1) : new String[] { "", "" };
		return new ReplyForm(recipient.answer() == null ? "" : recipient.answer(), first[0], first[1], second[0],
				second[1], nz(recipient.remarks()), false, "");
	}

	/** An organisation not in the register yet says what kind it is when it says yes. */
	private static boolean asksKind(Recipient recipient) {
		return recipient.organisationId() == null;
	}

	private List<Places.OrganisationType> kinds(Recipient recipient) {
		return asksKind(recipient) ? places.types() : List.of();
	}

	private static String nz(@Nullable String value) {
		return value == null ? "" : value;
	}

}
