package nl.alliantie.signals.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.alliantie.accounts.Access;
import nl.alliantie.accounts.LinkTokens;
import nl.alliantie.accounts.Role;
import nl.alliantie.network.Network;
import nl.alliantie.network.OrganisationId;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.shared.web.NavItem;
import nl.alliantie.signals.handling.Details;
import nl.alliantie.signals.handling.Report;
import nl.alliantie.signals.handling.Signal;
import nl.alliantie.signals.handling.Themes;

/**
 * The public report form (no account, no JavaScript needed), the confirmation and the reporter's
 * private follow page. A logged-in representative reports for their organisation.
 */
@Controller
public class ReportController {

	static final int MAX_STORY = 5000;

	static final int MAX_NAME = 200;

	static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	/** An organisation the logged-in representative may report for. */
	public record OwnOrganisation(long id, String name) {
	}

	public record ReportPage(ReportForm form, FormErrors errors, List<Themes.Theme> themes,
			List<String> municipalities, List<OwnOrganisation> organisations, String today) {
	}

	public record FollowPage(Details.Detail signal, List<Details.Step> trail, Map<String, String> themeNames,
			boolean fresh, String followUrl) {
	}

	public record ReceivedPage() {
	}

	public record InvalidPage() {
	}

	private final Reporting reporting;

	private final SpamGuard guard;

	private final Themes themes;

	private final Network network;

	private final Access access;

	private final LinkTokens tokens;

	private final Details details;

	private final MessageSource messages;

	private final Clock clock;

	ReportController(Reporting reporting, SpamGuard guard, Themes themes, Network network, Access access,
			LinkTokens tokens, Details details, MessageSource messages, Clock clock) {
		this.clock = clock;
		this.reporting = reporting;
		this.guard = guard;
		this.themes = themes;
		this.network = network;
		this.access = access;
		this.tokens = tokens;
		this.details = details;
		this.messages = messages;
	}

	@GetMapping("/signalen/melden")
	String form(Model model, HttpServletRequest request) {
		// The form carries a key of its own (a double submit files one signal): never shared.
		nl.alliantie.shared.web.PublicPageCache.markPersonal(request);
		List<OwnOrganisation> own = ownOrganisations();
		ReportForm blank = new ReportForm("", "", List.of(), "", LocalDate.now(clock).toString(),
				own.isEmpty() ? "ANONIEM" : "ORGANISATIE", "", own.isEmpty() ? "" : Long.toString(own.get(0).id()), "",
				access.current().map(a -> a.email()).orElse(""), false, "", guard.stamp(), UUID.randomUUID().toString());
		model.addAttribute("page", page(blank, FormErrors.NONE, own));
		return "signals/report";
	}

	@PostMapping("/signalen/melden")
	String report(@ModelAttribute ReportForm form, HttpServletRequest request, Model model, Locale locale) {
		if (!ReportForm.blank(form.website())) {
			// a robot filled in the field people do not see: say thanks, keep nothing
			return "redirect:/signalen/melden/ontvangen";
		}
		List<OwnOrganisation> own = ownOrganisations();
		Map<String, String> errors = new LinkedHashMap<>();
		String title = ReportForm.trim(form.titel());
		String story = form.verhaal() == null ? "" : form.verhaal().strip();
		if (title.isEmpty()) {
			errors.put("titel", t("signals.report.title.required", locale));
		}
		else if (title.length() > 200) {
			errors.put("titel", t("signals.report.title.long", locale));
		}
		if (story.isEmpty()) {
			errors.put("verhaal", t("signals.report.story.required", locale));
		}
		else if (story.length() > MAX_STORY) {
			errors.put("verhaal", t("signals.report.story.long", locale, MAX_STORY, story.length()));
		}
		List<String> chosen = themes.known(form.themasOrEmpty());
		if (chosen.isEmpty()) {
			errors.put("themas", t("signals.report.themes.required", locale));
		}
		Optional<Network.MunicipalitySummary> municipality = network.municipality(form.gemeente());
		if (!ReportForm.blank(form.gemeente()) && municipality.isEmpty()) {
			errors.put("gemeente", t("signals.report.municipality.unknown", locale, ReportForm.trim(form.gemeente())));
		}
		LocalDate seen = parseDate(form.gezien());
		if (ReportForm.blank(form.gezien())) {
			errors.put("gezien", t("signals.report.seen.required", locale));
		}
		else if (seen == null) {
			errors.put("gezien", t("signals.report.seen.invalid", locale));
		}
		else if (seen.isAfter(LocalDate.now(clock))) {
			errors.put("gezien", t("signals.report.seen.future", locale));
		}
		else if (seen.isBefore(LocalDate.now(clock).minusYears(10))) {
			errors.put("gezien", t("signals.report.seen.old", locale));
		}
		String kind = form.melder() == null ? "" : form.melder();
		String organisationName = null;
		Long organisationId = null;
		String fallbackRegion = null;
		switch (kind) {
			case "ORGANISATIE" -> {
				if (!ReportForm.blank(form.organisatieId())) {
					Long chosenId = form.organisationId();
					Optional<OwnOrganisation> mine = own.stream().filter(o -> chosenId != null && o.id() == chosenId).findFirst();
					if (mine.isEmpty()) {
						errors.put("organisatieId", t("signals.report.organisation.notYours", locale));
					}
					else {
						organisationId = mine.get().id();
						organisationName = mine.get().name();
						fallbackRegion = network.organisation(new OrganisationId(organisationId))
							.map(Network.OrganisationSummary::region)
							.orElse(null);
					}
				}
				else if (ReportForm.blank(form.organisatie())) {
					errors.put("organisatie", t("signals.report.organisation.required", locale));
				}
				else {
					organisationName = ReportForm.trim(form.organisatie());
				}
			}
			case "PERSOON", "ANONIEM" -> {
			}
			default -> errors.put("melder", t("signals.report.reporter.required", locale));
		}
		if (ReportForm.trim(form.organisatie()).length() > MAX_NAME) {
			errors.put("organisatie", t("signals.report.organisation.long", locale, MAX_NAME));
		}
		if (ReportForm.trim(form.naam()).length() > MAX_NAME) {
			errors.put("naam", t("signals.report.name.long", locale, MAX_NAME));
		}
		String email = ReportForm.trim(form.email());
		if (!email.isEmpty() && (!EMAIL.matcher(email).matches() || email.length() > 254)) {
			errors.put("email", t("signals.report.email.invalid", locale));
		}
		String name = "ANONIEM".equals(kind) ? null : blankToNull(form.naam());
		UUID key = parseKey(form.sleutel());
		if (errors.isEmpty()) {
			String problem = guard.problem(form.stempel());
			if (problem != null) {
				errors.put("", t(problem, locale));
			}
		}
		String token = null;
		if (errors.isEmpty() && key != null) {
			Signal.Place place = municipality.map(m -> new Signal.Place(m.name(), m.province(), m.regionKey()))
				.orElse(Signal.Place.NONE);
			String region = place.regionKey() != null ? place.regionKey() : fallbackRegion;
			try {
				token = reporting.report(new Report(title, story, chosen, place, region, seen, kind, organisationId,
						organisationName, name, email.isEmpty() ? null : email, form.consent(), key, locale.getLanguage()),
						clientAddress(request));
			}
			catch (Reporting.TooManyReports e) {
				errors.put("", t("signals.report.rate", locale, SpamGuard.PER_HOUR));
			}
		}
		if (!errors.isEmpty() || key == null) {
			if (key == null) {
				errors.putIfAbsent("", t("signals.report.stamp.invalid", locale));
			}
			ReportForm kept = new ReportForm(form.titel(), form.verhaal(), form.themasOrEmpty(), form.gemeente(),
					form.gezien(), kind, form.organisatie(), form.organisatieId(), form.naam(), form.email(),
					form.toestemming(), "", guard.stamp(), key == null ? UUID.randomUUID().toString() : form.sleutel());
			model.addAttribute("page", page(kept, new FormErrors(errors), own));
			return "signals/report";
		}
		return "redirect:/signalen/volgen/" + token + "?nieuw";
	}

	@GetMapping("/signalen/melden/ontvangen")
	String received(Model model) {
		model.addAttribute("page", new ReceivedPage());
		return "signals/received";
	}

	@GetMapping("/signalen/volgen/{token}")
	String follow(@PathVariable String token, @RequestParam(required = false) String nieuw, Model model,
			HttpServletResponse response, Locale locale) {
		Optional<Details.Detail> signal = tokens.subjectOf(Reporting.FOLLOW, token).flatMap(details::find);
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex");
		if (signal.isEmpty()) {
			response.setStatus(404);
			model.addAttribute("page", new InvalidPage());
			return "signals/followInvalid";
		}
		model.addAttribute("page", new FollowPage(signal.get(), details.trail(signal.get().id(), true), themes.names(locale),
				nieuw != null, reporting.followUrl(token)));
		return "signals/follow";
	}

	/**
	 * The address the request came from. Behind a reverse proxy this is the proxy's address unless
	 * the server is told to trust forwarded headers ({@code server.forward-headers-strategy}); then
	 * all visitors would share one limit.
	 */
	static String clientAddress(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

	private ReportPage page(ReportForm form, FormErrors errors, List<OwnOrganisation> own) {
		return new ReportPage(form, errors, themes.all(),
				network.municipalities().stream().map(Network.MunicipalitySummary::name).toList(), own,
				LocalDate.now(clock).toString());
	}

	private List<OwnOrganisation> ownOrganisations() {
		List<OwnOrganisation> own = new ArrayList<>();
		access.current().ifPresent(account -> account.scopes(Role.VERTEGENWOORDIGER).forEach(scope -> {
			try {
				network.organisation(new OrganisationId(Long.parseLong(scope)))
					.ifPresent(o -> own.add(new OwnOrganisation(o.id().value(), o.name())));
			}
			catch (NumberFormatException e) {
				// not an organisation id: ignore
			}
		}));
		return own;
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static @Nullable String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static @Nullable UUID parseKey(String value) {
		try {
			return value == null ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** A date as a date field sends it (2026-03-14), or as typed where the browser has no date field (14-3-2026). */
	static @Nullable LocalDate parseDate(String value) {
		return nl.alliantie.shared.web.checks.TypedDates.date(value).orElse(null);
	}

	@Configuration
	static class Navigation {

		@Bean
		NavItem signalsNavItem() {
			return NavItem.everyone("signals.nav", "/signalen", 40);
		}
	}
}
