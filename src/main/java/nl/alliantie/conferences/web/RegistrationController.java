package nl.alliantie.conferences.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
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

import nl.alliantie.conferences.RegistrationStatus;
import nl.alliantie.conferences.editions.Day;
import nl.alliantie.conferences.editions.EditionView;
import nl.alliantie.conferences.editions.EditionViews;
import nl.alliantie.conferences.editions.Session;
import nl.alliantie.conferences.registrations.Holds;
import nl.alliantie.conferences.registrations.OrganisationChoice;
import nl.alliantie.conferences.registrations.RegistrationRefused;
import nl.alliantie.conferences.registrations.Registrations;
import nl.alliantie.shared.web.FormErrors;

/** The public edition page with the registration form, and the personal page behind the mailed link. */
@Controller
public class RegistrationController {

	/** The edition page: program, days, workshops, partners and the form. */
	public record EditionPage(EditionView view, List<Day> openDays, RegistrationForm form, FormErrors errors,
			List<OrganisationChoice.Suggestion> organisations, long holdMinutes) {
	}

	/** The names the organisation field suggests for what was typed so far. */
	public record OrganisationOptions(List<OrganisationChoice.Suggestion> organisations) {
	}

	/**
	 * The personal page of one registration; {@code heldUntil} the time (H:mm, Dutch time) an
	 * unconfirmed hold lapses, null when confirmed.
	 */
	public record RegistrationPage(Registrations.Details details, String token, List<Session> sessions, ChangeForm form,
			FormErrors errors, boolean changeable, @Nullable String notice, @Nullable String heldUntil) {

		/** Confirming through the link is still to be done: a hold, or one that lapsed. */
		public boolean toConfirm() {
			return !details.confirmed() && !details.occasionCancelled()
					&& (details.lapsed() || details.status() != RegistrationStatus.CANCELLED);
		}
	}

	/**
	 * After registering through the form: look in your mail. {@code email} the address the mail went
	 * to (null when the page is opened again), {@code waiting} whether the day was full.
	 */
	public record SentPage(@Nullable String email, boolean waiting, long holdMinutes) {
	}

	private final EditionViews editionViews;

	private final Registrations registrations;

	private final MessageSource messages;

	private final OrganisationChoice organisations;

	private final Clock clock;

	private final Holds holds;

	RegistrationController(EditionViews editionViews, Registrations registrations, MessageSource messages,
			OrganisationChoice organisations, Clock clock, Holds holds) {
		this.clock = clock;
		this.holds = holds;
		this.editionViews = editionViews;
		this.registrations = registrations;
		this.messages = messages;
		this.organisations = organisations;
	}

	/**
	 * The options of the organisation field's {@code <datalist>}, filled by htmx as the visitor
	 * types; without JavaScript the field is plain text and is matched on submit.
	 */
	@GetMapping("/alliantiedagen/organisaties")
	String organisationOptions(@RequestParam(name = "organisatie", defaultValue = "") String typed, Model model) {
		model.addAttribute("page", new OrganisationOptions(organisations.suggestions(typed)));
		return "conferences/organisationOptions";
	}

	@GetMapping("/alliantiedagen/{jaar:\\d{4}}")
	String edition(@PathVariable int jaar, @RequestParam(required = false) Long dag, Model model) {
		EditionView view = editionViews.publicView(jaar).orElseThrow(RegistrationController::notFound);
		model.addAttribute("page", page(view, RegistrationForm.empty(dag), FormErrors.NONE));
		return "conferences/edition";
	}

	@PostMapping("/alliantiedagen/{jaar:\\d{4}}/aanmelden")
	String register(@PathVariable int jaar, @Valid @ModelAttribute RegistrationForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletRequest request) {
		EditionView view = editionViews.view(jaar).orElseThrow(RegistrationController::notFound);
		// A value that is no number or no yes (a tampered choice) leaves its field empty in the form,
		// with the binder's sentence beside it; what else was typed is kept. The binding then has no
		// target to check more fields against, and needs none: the form goes back anyway.
		boolean bound = result.getTarget() != null;
		Long chosenDay = form == null ? null : form.dag();
		if (form == null) {
			form = RegistrationForm.empty(null);
		}
		else if (bound && chosenDay != null && view.days().stream().noneMatch(day -> day.id() == chosenDay)) {
			result.rejectValue("dag", "conferences.register.day.required");
		}
		if (bound && form.werkgroep1() != null && form.werkgroep1().equals(form.werkgroep2())) {
			result.rejectValue("werkgroep2", "conferences.register.secondSame");
		}
		if (!result.hasErrors()) {
			try {
				Registrations.Registered registered = registrations.register(new Registrations.Request(FormErrors.checked(form.dag()),
						form.naam(), form.email(), form.organisatie(), form.werkgroep1(), form.werkgroep2(),
						form.toegankelijkheid(), form.dieet(), locale.getLanguage()), clientAddress(request));
				// the personal link travels only by mail: who cannot read that address gets no place (docs/adr/0027)
				redirect.addFlashAttribute("sentTo", form.email().strip());
				redirect.addFlashAttribute("waiting", registered.waiting());
				return "redirect:/alliantiedagen/aanmelding/verstuurd";
			}
			catch (RegistrationRefused refused) {
				reject(result, refused);
			}
		}
		model.addAttribute("page", page(view, form, FormErrors.of(result, messages, locale)));
		return "conferences/edition";
	}

	@GetMapping("/alliantiedagen/aanmelding/verstuurd")
	String sent(Model model, HttpServletRequest request) {
		// the address is this visitor's own: never kept for the next one
		nl.alliantie.shared.web.PublicPageCache.markPersonal(request);
		model.addAttribute("page", new SentPage((String) model.asMap().get("sentTo"),
				Boolean.TRUE.equals(model.asMap().get("waiting")), holds.hold().toMinutes()));
		return "conferences/registrationSent";
	}

	@PostMapping({ "/alliantiedagen/aanmelding/{token}/bevestigen", "/aanmelding/{token}/bevestigen" })
	String confirm(@PathVariable String token, RedirectAttributes redirect) {
		Registrations.Details details = registrations.details(token).orElse(null);
		if (details == null) {
			return "conferences/linkExpired";
		}
		try {
			Registrations.Confirmed confirmed = registrations.confirm(token);
			redirect.addFlashAttribute("notice", confirmed == Registrations.Confirmed.SEAT
					? "conferences.registration.notice.confirmed" : "conferences.registration.notice.confirmedWaiting");
		}
		catch (RegistrationRefused refused) {
			redirect.addFlashAttribute("notice", refused.reason().messageKey());
		}
		return "redirect:" + details.linkBase() + token;
	}

	@GetMapping({ "/alliantiedagen/aanmelding/{token}", "/aanmelding/{token}" })
	String personal(@PathVariable String token, Model model) {
		Registrations.Details details = registrations.details(token).orElse(null);
		if (details == null) {
			return "conferences/linkExpired";
		}
		ChangeForm form = new ChangeForm(details.firstWorkshop(), details.secondWorkshop(), details.needsAccess(),
				details.needsDiet());
		model.addAttribute("page", personalPage(details, token, form, FormErrors.NONE, (String) model.asMap().get("notice")));
		return "conferences/registration";
	}

	@PostMapping({ "/alliantiedagen/aanmelding/{token}/wijzigen", "/aanmelding/{token}/wijzigen" })
	String change(@PathVariable String token, @Valid @ModelAttribute ChangeForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		Registrations.Details details = registrations.details(token).orElse(null);
		if (details == null) {
			return "conferences/linkExpired";
		}
		if (form == null) {
			form = new ChangeForm(details.firstWorkshop(), details.secondWorkshop(), details.needsAccess(), details.needsDiet());
		}
		else if (form.werkgroep1() != null && form.werkgroep1().equals(form.werkgroep2())) {
			result.rejectValue("werkgroep2", "conferences.register.secondSame");
		}
		if (!result.hasErrors()) {
			try {
				registrations.change(token, form.werkgroep1(), form.werkgroep2(), form.toegankelijkheid(), form.dieet());
				redirect.addFlashAttribute("notice", "conferences.registration.notice.changed");
				return "redirect:" + details.linkBase() + token;
			}
			catch (RegistrationRefused refused) {
				reject(result, refused);
			}
		}
		model.addAttribute("page", personalPage(details, token, form, FormErrors.of(result, messages, locale), null));
		return "conferences/registration";
	}

	@PostMapping({ "/alliantiedagen/aanmelding/{token}/afmelden", "/aanmelding/{token}/afmelden" })
	String cancel(@PathVariable String token, RedirectAttributes redirect) {
		Registrations.Details details = registrations.details(token).orElse(null);
		if (details == null) {
			return "conferences/linkExpired";
		}
		try {
			registrations.cancel(token);
			redirect.addFlashAttribute("notice", "conferences.registration.notice.cancelled");
		}
		catch (RegistrationRefused refused) {
			redirect.addFlashAttribute("notice", refused.reason().messageKey());
		}
		return "redirect:" + details.linkBase() + token;
	}

	/**
	 * The address the request came from. Behind a reverse proxy this is the proxy's address unless
	 * the server trusts forwarded headers ({@code server.forward-headers-strategy}); then all
	 * visitors would share one network limit.
	 */
	static String clientAddress(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

	private RegistrationPage personalPage(Registrations.Details details, String token, ChangeForm form, FormErrors errors,
			@Nullable String notice) {
		List<Session> sessions = editionViews.day(details.dayId()).map(view -> view.sessions()).orElse(List.of());
		boolean changeable = details.status() != RegistrationStatus.CANCELLED && !details.occasionCancelled()
				&& !details.date().isBefore(java.time.LocalDate.now(clock));
		String heldUntil = details.heldUntil() == null ? null : java.time.format.DateTimeFormatter.ofPattern("H:mm")
			.format(details.heldUntil().atZone(nl.alliantie.shared.time.DutchTime.ZONE));
		return new RegistrationPage(details, token, sessions, form, errors, changeable, notice, heldUntil);
	}

	private EditionPage page(EditionView view, RegistrationForm form, FormErrors errors) {
		List<Day> open = view.days().stream().filter(day -> day.registrationOpen(clock)).toList();
		// after a mistake the list already holds the names that fit what was typed, also without JavaScript
		List<OrganisationChoice.Suggestion> suggestions = errors.any() && form.organisatie() != null
				&& !form.organisatie().isBlank() ? organisations.suggestions(form.organisatie()) : List.of();
		return new EditionPage(view, open, form, errors, suggestions, holds.hold().toMinutes());
	}

	private static void reject(BindingResult result, RegistrationRefused refused) {
		if (refused.reason().field().isEmpty()) {
			result.reject(refused.reason().messageKey());
		}
		else {
			result.rejectValue(refused.reason().field(), refused.reason().messageKey());
		}
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
