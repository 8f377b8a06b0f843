package nl.alliantie.signals.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.accounts.Access;
import nl.alliantie.accounts.Role;
import nl.alliantie.network.Network;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.shared.web.checks.TypedDates;
import nl.alliantie.signals.Signals;

/**
 * The queue of the secretariat (all signals) and the coordinators (their regions only), and the
 * handling page of one signal: edit for anonymity, take up or withhold, put on the agenda of the
 * region's coming consultation, record discussion, lobby and outcome, merge a duplicate.
 */
@Controller
public class HandlingController {

	static final int PAGE_SIZE = 30;

	public record QueuePage(List<Queue.Row> rows, String show, int page, boolean hasNext, String pagerHref,
			Map<String, String> regionNames, List<Signals.AgendaItem> agenda) {
	}

	/**
	 * {@code coming}: the consultations the signal can be put on the agenda of (its region's, or
	 * every region's without one), soonest first; {@code recent}: where it may have been discussed.
	 */
	public record HandlingPage(Details.Detail signal, List<Details.Step> trail, List<Themes.Theme> themes,
			Map<String, String> themeNames, List<Network.RegionSummary> regions, Map<String, String> regionNames,
			ActionForm form, FormErrors errors, @Nullable String done, String today, List<KnownConsultations.Known> coming,
			List<KnownConsultations.Known> recent, @Nullable String action) {

		/** What was typed in the form of {@code step} when that form came back with errors, else {@code otherwise}. */
		public String kept(String step, String typed, String otherwise) {
			return step.equals(action) ? typed : otherwise;
		}
	}

	/**
	 * The id of a field in the form of one action: the page holds one form per action, several with a
	 * "tekst" or "datum", so an error is keyed by the id of the field it belongs beside.
	 */
	static String fieldId(String action, String field) {
		return switch (action) {
			case "agenda" -> "tekst".equals(field) ? "agenda-tekst" : field;
			case "besproken", "lobby", "afronden" -> "lobby".equals(field) ? "lobby-nummer" : action + "-" + field;
			case "niet-publiceren" -> "niet-" + field;
			default -> field;
		};
	}

	private final Handling handling;

	private final Queue queue;

	private final Details details;

	private final Themes themes;

	private final Network network;

	private final Access access;

	private final MessageSource messages;

	private final Signals signals;

	private final KnownConsultations consultations;

	private final Clock clock;

	HandlingController(Handling handling, Queue queue, Details details, Themes themes, Network network, Access access,
			MessageSource messages, Signals signals, KnownConsultations consultations, Clock clock) {
		this.clock = clock;
		this.signals = signals;
		this.consultations = consultations;
		this.handling = handling;
		this.queue = queue;
		this.details = details;
		this.themes = themes;
		this.network = network;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/beheer/signalen")
	String queue(@RequestParam(defaultValue = "open") String toon, @RequestParam(defaultValue = "1") int pagina,
			Model model) {
		Set<String> regions = regions();
		List<Status> statuses = switch (toon) {
			case "nieuw" -> List.of(Status.NIEUW);
			case "behandeling" -> List.of(Status.IN_BEHANDELING, Status.BESPROKEN, Status.IN_LOBBY);
			case "agenda" -> List.of();
			case "klaar" -> List.of(Status.AFGEROND, Status.NIET_GEPUBLICEERD);
			default -> List.of(Status.NIEUW, Status.IN_BEHANDELING, Status.BESPROKEN, Status.IN_LOBBY);
		};
		String show = List.of("nieuw", "behandeling", "agenda", "klaar").contains(toon) ? toon : "open";
		int page = Math.max(1, Math.min(pagina, 100_000));
		List<Queue.Row> rows = statuses.isEmpty() ? List.of()
				: queue.page(regions, statuses, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		List<Signals.AgendaItem> agenda = new java.util.ArrayList<>();
		if ("agenda".equals(show)) {
			network.regions().stream().map(Network.RegionSummary::key)
				.filter(key -> regions == null || regions.contains(key))
				.forEach(key -> agenda.addAll(signals.awaitingAgenda(key)));
		}
		model.addAttribute("page", new QueuePage(rows.stream().limit(PAGE_SIZE).toList(), show, page,
				rows.size() > PAGE_SIZE, "/beheer/signalen?toon=" + show, regionNames(), agenda));
		return "signals/queue";
	}

	@GetMapping("/beheer/signalen/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) String gedaan, Model model) {
		Details.Detail signal = visible(id);
		return render(model, signal, ActionForm.EMPTY, FormErrors.NONE, gedaan, null);
	}

	static final int MAX_TEXT = 5000;

	@PostMapping("/beheer/signalen/{id}/{action}")
	String act(@PathVariable long id, @PathVariable String action, @ModelAttribute ActionForm form, Model model,
			Locale locale) {
		Details.Detail signal = visible(id);
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			switch (action) {
				case "bewerken" -> {
					String title = trim(form.titel());
					String story = form.verhaal() == null ? "" : form.verhaal().strip();
					List<String> chosen = themes.known(form.themas());
					if (title.isEmpty() || title.length() > 200) {
						errors.put("titel", t(title.isEmpty() ? "signals.report.title.required" : "signals.report.title.long", locale));
					}
					if (story.isEmpty() || story.length() > 5000) {
						errors.put("verhaal", story.isEmpty() ? t("signals.report.story.required", locale)
								: t("signals.report.story.long", locale, 5000, story.length()));
					}
					if (chosen.isEmpty()) {
						errors.put("themas", t("signals.report.themes.required", locale));
					}
					if (!trim(form.gemeente()).isEmpty() && network.municipality(form.gemeente()).isEmpty()) {
						errors.put("gemeente", t("signals.report.municipality.unknown", locale, trim(form.gemeente())));
					}
					if (errors.isEmpty()) {
						handling.edit(id, title, story, chosen, form.gemeente());
					}
				}
				case "in-behandeling" -> handling.takeUp(id);
				case "niet-publiceren" -> {
					if (trim(form.tekst()).length() > MAX_TEXT) {
						errors.put("tekst", t("signals.report.story.long", locale, MAX_TEXT, trim(form.tekst()).length()));
					}
					else {
						handling.withhold(id, trim(form.tekst()));
					}
				}
				case "agenda" -> {
					Long consultation = number(form.overleg(), "overleg", errors, locale);
					if (trim(form.tekst()).length() > MAX_TEXT) {
						errors.put("tekst", t("signals.report.story.long", locale, MAX_TEXT, trim(form.tekst()).length()));
					}
					String region = trim(form.regio()).isEmpty() ? null : trim(form.regio());
					if (errors.isEmpty()) {
						handling.putOnAgenda(id, region, consultation, trim(form.tekst()));
					}
				}
				case "besproken", "lobby", "afronden" -> {
					LocalDate on = date(form.datum(), errors, locale);
					String text = trim(form.tekst());
					if (text.isEmpty()) {
						errors.put("tekst", t("signals.handling.text.required", locale));
					}
					else if (text.length() > MAX_TEXT) {
						errors.put("tekst", t("signals.report.story.long", locale, MAX_TEXT, text.length()));
					}
					Long consultation = "besproken".equals(action) ? number(form.overleg(), "overleg", errors, locale) : null;
					Long lobby = "lobby".equals(action) ? number(form.lobby(), "lobby", errors, locale) : null;
					if (errors.isEmpty()) {
						switch (action) {
							// no date is an error in errors
							case "besproken" -> handling.discussed(id, FormErrors.checked(on), text, consultation);
							case "lobby" -> handling.takenIntoLobby(id, FormErrors.checked(on), text, lobby);
							default -> handling.finish(id, FormErrors.checked(on), text);
						}
					}
				}
				case "samenvoegen" -> {
					Long target = number(form.doel(), "doel", errors, locale);
					if (target == null && errors.isEmpty()) {
						errors.put("doel", t("signals.handling.merge.required", locale));
					}
					if (target != null && errors.isEmpty()) {
						handling.merge(id, target);
					}
				}
				default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		catch (SignalRuleBroken broken) {
			errors.put("", t(broken.messageKey(), locale));
		}
		if (!errors.isEmpty()) {
			Map<String, String> beside = new LinkedHashMap<>();
			errors.forEach((field, sentence) -> beside.put(field.isEmpty() ? field : fieldId(action, field), sentence));
			return render(model, details.find(id).orElseThrow(), form, new FormErrors(beside), null, action);
		}
		return "redirect:/beheer/signalen/" + id + "?gedaan=" + action;
	}

	private String render(Model model, Details.Detail signal, ActionForm form, FormErrors errors, @Nullable String done,
			@Nullable String action) {
		// the edit form shows the signal unless it was the edit that came back; the other forms show
		// what was typed in the one that came back (HandlingPage.kept)
		boolean edited = "bewerken".equals(action);
		ActionForm shown = new ActionForm(edited ? form.titel() : signal.title(), edited ? form.verhaal() : signal.story(),
				edited ? form.themas() : signal.themes(), edited ? form.gemeente() : signal.municipality(),
				form.regio() != null ? form.regio() : signal.regionKey(),
				form.overleg() != null ? form.overleg()
						: signal.agendaConsultationId() == null ? null : String.valueOf(signal.agendaConsultationId()),
				form.lobby(), form.datum(), form.tekst(), form.doel());
		Set<String> regions = signal.regionKey() != null ? Set.of(signal.regionKey()) : regions();
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("page", new HandlingPage(signal, details.trail(signal.id(), false), themes.all(),
				themes.names(org.springframework.context.i18n.LocaleContextHolder.getLocale()), network.regions(), regionNames(), shown, errors, done, today.toString(),
				consultations.coming(regions, today), consultations.recent(regions, today), action));
		return "signals/handle";
	}

	/** The signal, when this person may moderate it. */
	private Details.Detail visible(long id) {
		Details.Detail signal = details.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!handling.mayModerate(signal.regionKey())) {
			throw new AuthorizationDeniedException("Geen toegang");
		}
		return signal;
	}

	/** The regions whose signals this person sees; {@code null}: all (the secretariat). */
	private @Nullable Set<String> regions() {
		if (access.isSecretariat()) {
			return null;
		}
		Set<String> regions = access.current().map(a -> a.scopes(Role.REGIOCOORDINATOR)).orElse(Set.of());
		if (regions.isEmpty()) {
			throw new AuthorizationDeniedException("Geen toegang");
		}
		return regions;
	}

	private Map<String, String> regionNames() {
		Map<String, String> names = new LinkedHashMap<>();
		network.regions().forEach(r -> names.put(r.key(), r.name()));
		return names;
	}

	private @Nullable Long number(@Nullable String value, String field, Map<String, String> errors, Locale locale) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			long number = Long.parseLong(value.trim().replace("#", ""));
			if (number > 0) {
				return number;
			}
		}
		catch (NumberFormatException e) {
			// fall through
		}
		errors.put(field, t("signals.handling.number.invalid", locale));
		return null;
	}

	private @Nullable LocalDate date(@Nullable String value, Map<String, String> errors, Locale locale) {
		if (value == null || value.isBlank()) {
			errors.put("datum", t("signals.report.seen.required", locale));
			return null;
		}
		LocalDate date = TypedDates.date(value).orElse(null);
		if (date == null) {
			errors.put("datum", t("signals.report.seen.invalid", locale));
		}
		return date;
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String trim(@Nullable String value) {
		return value == null ? "" : value.trim();
	}

	@Configuration
	static class Links {

		@Bean
		AdminLink signalsAdminLink() {
			return new AdminLink("signals.admin.title", "signals.admin.description", "/beheer/signalen", 50,
					Role.REGIOCOORDINATOR.name());
		}
	}
}
