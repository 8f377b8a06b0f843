package nl.alliantie.newsletter.subscribers;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.alliantie.accounts.Access;
import nl.alliantie.network.Network;
import nl.alliantie.network.PersonId;
import nl.alliantie.shared.web.CsrfExempt;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.shared.web.NavItem;
import nl.alliantie.shared.web.PublicPageCache;

/**
 * Subscribing without an account (double opt-in), confirming, the one-click unsubscribe of
 * RFC 8058 and the subscriber's own page (change the address, leave, download, erase).
 */
@Controller
public class SubscriberController {

	static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	public record SubscribePage(SubscribeForm form, FormErrors errors, boolean loggedIn) {
	}

	/** A short page that says one thing: {@code titleKey}, {@code textKey} with one argument. */
	public record NoticePage(String titleKey, String textKey, @Nullable String argument) {
	}

	public record ConfirmPage(String token) {
	}

	public record UnsubscribePage(String token, String email, @Nullable String issue) {
	}

	public record ManageRequestPage(String email, FormErrors errors) {
	}

	public record SubscriptionPage(String token, Subscriptions.OwnData data, String email, FormErrors errors,
			@Nullable String notice) {
	}

	private final Subscriptions subscriptions;

	private final Access access;

	private final Network network;

	private final MessageSource messages;

	SubscriberController(Subscriptions subscriptions, Access access, Network network, MessageSource messages) {
		this.subscriptions = subscriptions;
		this.access = access;
		this.network = network;
		this.messages = messages;
	}

	@GetMapping("/nieuwsbrief")
	String form(Model model) {
		String own = access.current().map(a -> a.email()).orElse("");
		model.addAttribute("page", new SubscribePage(new SubscribeForm(own, "", null, ""), FormErrors.NONE,
				access.current().isPresent()));
		return "newsletter/subscribe";
	}

	@PostMapping("/nieuwsbrief")
	String subscribe(@ModelAttribute SubscribeForm form, Model model, Locale locale) {
		if (form.website() != null && !form.website().isBlank()) {
			// a robot filled in the field people do not see: say the usual, keep nothing
			return "redirect:/nieuwsbrief/aangevraagd";
		}
		Map<String, String> errors = new LinkedHashMap<>();
		String email = form.address();
		if (email.isEmpty()) {
			errors.put("email", t("newsletter.subscribe.email.required", locale));
		}
		else if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
			errors.put("email", t("newsletter.subscribe.email.invalid", locale));
		}
		if (form.naam() != null && form.naam().strip().length() > 200) {
			errors.put("naam", t("newsletter.subscribe.name.long", locale));
		}
		if (!form.consent()) {
			errors.put("toestemming", t("newsletter.subscribe.consent.required", locale));
		}
		if (!errors.isEmpty()) {
			model.addAttribute("page", new SubscribePage(form, new FormErrors(errors), access.current().isPresent()));
			return "newsletter/subscribe";
		}
		boolean ownAddress = access.current().map(a -> a.email().equalsIgnoreCase(email)).orElse(false);
		Long person = network.personWithEmail(email).map(PersonId::value).orElse(null);
		Subscriptions.Outcome outcome = subscriptions.subscribe(email, form.naam(), ownAddress ? "ACCOUNT" : "FORM", person,
				ownAddress ? "formulier /nieuwsbrief, ingelogd" : "formulier /nieuwsbrief", locale);
		if (outcome == Subscriptions.Outcome.TOO_OFTEN) {
			errors.put("email", t("newsletter.subscribe.tooOften", locale));
			model.addAttribute("page", new SubscribePage(form, new FormErrors(errors), access.current().isPresent()));
			return "newsletter/subscribe";
		}
		return "redirect:/nieuwsbrief/aangevraagd";
	}

	@GetMapping("/nieuwsbrief/aangevraagd")
	String requested(Model model) {
		model.addAttribute("page", new NoticePage("newsletter.requested.title", "newsletter.requested.text", null));
		return "newsletter/notice";
	}

	@GetMapping("/nieuwsbrief/bevestigen/{token}")
	String confirmForm(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
		personal(request, response);
		if (!subscriptions.confirmable(token)) {
			return invalid(model, response);
		}
		model.addAttribute("page", new ConfirmPage(token));
		return "newsletter/confirm";
	}

	@PostMapping("/nieuwsbrief/bevestigen/{token}")
	String confirm(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
		Optional<String> manage = subscriptions.confirm(token, locale);
		if (manage.isEmpty()) {
			return invalid(model, response);
		}
		return "redirect:/nieuwsbrief/abonnement/" + manage.get() + "?melding=bevestigd";
	}

	@GetMapping("/nieuwsbrief/afmelden/{token}")
	String unsubscribeForm(@PathVariable String token, @RequestParam(required = false) String nummer, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		personal(request, response);
		Optional<String> email = subscriptions.addressOfUnsubscribeToken(token);
		if (email.isEmpty()) {
			return invalid(model, response);
		}
		model.addAttribute("page", new UnsubscribePage(token, email.get(), issue(nummer) == null ? null : nummer));
		return "newsletter/unsubscribe";
	}

	/**
	 * The one-click unsubscribe (RFC 8058): a mail program posts {@code List-Unsubscribe=One-Click}
	 * without cookies; the token in the URL is the proof, so this POST alone needs no CSRF token.
	 * Final at once, and the same answer when it is posted again.
	 */
	@PostMapping("/nieuwsbrief/afmelden/{token}")
	String unsubscribe(@PathVariable String token, @RequestParam(required = false) String nummer, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		personal(request, response);
		boolean oneClick = "List-Unsubscribe=One-Click".equals(request.getParameter("List-Unsubscribe"))
				|| "One-Click".equals(request.getParameter("List-Unsubscribe"));
		if (!subscriptions.unsubscribe(token, issue(nummer), oneClick ? "één klik in mailprogramma" : "afmeldpagina")) {
			return invalid(model, response);
		}
		model.addAttribute("page", new NoticePage("newsletter.unsubscribed.title", "newsletter.unsubscribed.text", null));
		return "newsletter/notice";
	}

	@GetMapping("/nieuwsbrief/beheren")
	String manageRequestForm(Model model) {
		model.addAttribute("page", new ManageRequestPage("", FormErrors.NONE));
		return "newsletter/manageRequest";
	}

	@PostMapping("/nieuwsbrief/beheren")
	String manageRequest(@RequestParam(defaultValue = "") String email, Model model, Locale locale) {
		String address = email.strip();
		if (address.isEmpty() || address.length() > 254 || !EMAIL.matcher(address).matches()) {
			model.addAttribute("page", new ManageRequestPage(email,
					new FormErrors(Map.of("email", t("newsletter.subscribe.email.invalid", locale)))));
			return "newsletter/manageRequest";
		}
		if (subscriptions.mailManageLink(address, locale) == Subscriptions.Outcome.TOO_OFTEN) {
			model.addAttribute("page", new ManageRequestPage(email,
					new FormErrors(Map.of("email", t("newsletter.subscribe.tooOften", locale)))));
			return "newsletter/manageRequest";
		}
		return "redirect:/nieuwsbrief/aangevraagd";
	}

	@GetMapping("/nieuwsbrief/abonnement/{token}")
	String subscription(@PathVariable String token, @RequestParam(required = false) String melding, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		personal(request, response);
		Optional<Subscriptions.OwnData> data = subscriptions.ownData(token);
		if (data.isEmpty()) {
			return invalid(model, response);
		}
		String notice = "bevestigd".equals(melding) ? "newsletter.own.confirmed"
				: "adres".equals(melding) ? "newsletter.own.addressChanged"
				: "afgemeld".equals(melding) ? "newsletter.unsubscribed.title" : null;
		model.addAttribute("page", new SubscriptionPage(token, data.get(), "", FormErrors.NONE, notice));
		return "newsletter/subscription";
	}

	@GetMapping("/nieuwsbrief/abonnement/{token}/gegevens.json")
	ResponseEntity<Subscriptions.OwnData> download(@PathVariable String token, HttpServletResponse response) {
		response.setHeader("X-Robots-Tag", "noindex");
		return subscriptions.ownData(token)
			.map(data -> ResponseEntity.ok()
				.header("Content-Disposition", "attachment; filename=\"nieuwsbrief-gegevens.json\"")
				.body(data))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PostMapping("/nieuwsbrief/abonnement/{token}/adres")
	String changeAddress(@PathVariable String token, @RequestParam(defaultValue = "") String email, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		personal(request, response);
		Optional<Subscriptions.OwnData> data = subscriptions.ownData(token);
		if (data.isEmpty()) {
			return invalid(model, response);
		}
		String address = email.strip();
		String error = null;
		if (address.isEmpty() || address.length() > 254 || !EMAIL.matcher(address).matches()) {
			error = t("newsletter.subscribe.email.invalid", locale);
		}
		else if (subscriptions.changeAddress(token, address, locale) == Subscriptions.AddressChange.TAKEN) {
			error = t("newsletter.own.address.taken", locale);
		}
		if (error != null) {
			model.addAttribute("page", new SubscriptionPage(token, data.get(), email,
					new FormErrors(Map.of("email", error)), null));
			return "newsletter/subscription";
		}
		return "redirect:/nieuwsbrief/abonnement/" + token + "?melding=adres";
	}

	@PostMapping("/nieuwsbrief/abonnement/{token}/afmelden")
	String leave(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!subscriptions.leaveByManageLink(token)) {
			return invalid(model, response);
		}
		return "redirect:/nieuwsbrief/abonnement/" + token + "?melding=afgemeld";
	}

	@PostMapping("/nieuwsbrief/abonnement/{token}/wissen")
	String erase(@PathVariable String token, Model model, HttpServletResponse response) {
		if (!subscriptions.erase(token)) {
			return invalid(model, response);
		}
		return "redirect:/nieuwsbrief/gewist";
	}

	@GetMapping("/nieuwsbrief/gewist")
	String erased(Model model) {
		model.addAttribute("page", new NoticePage("newsletter.erased.title", "newsletter.erased.text", null));
		return "newsletter/notice";
	}

	private String invalid(Model model, HttpServletResponse response) {
		response.setStatus(404);
		model.addAttribute("page", new NoticePage("newsletter.invalid.title", "newsletter.invalid.text", null));
		return "newsletter/notice";
	}

	private static void personal(HttpServletRequest request, HttpServletResponse response) {
		PublicPageCache.markPersonal(request);
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex");
	}

	private static @Nullable Long issue(String number) {
		try {
			return number == null || number.isBlank() ? null : Long.valueOf(number.trim());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	@Configuration(proxyBeanMethods = false)
	static class Web {

		@Bean
		NavItem newsletterNavItem() {
			return NavItem.everyone("newsletter.nav", "/nieuwsbrief", 60);
		}

		@Bean
		CsrfExempt newsletterOneClickUnsubscribe() {
			return new CsrfExempt("/nieuwsbrief/afmelden/{token}");
		}
	}
}
