package nl.alliantie.events.registrants;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import nl.alliantie.conferences.Occasions;
import nl.alliantie.conferences.RegistrationStatus;
import nl.alliantie.events.announcing.Event;
import nl.alliantie.events.announcing.EventStore;
import nl.alliantie.shared.csv.Csv;
import nl.alliantie.shared.time.DutchTime;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.shared.web.PageNumber;

/**
 * Who registered for a one-off event, for the secretariat: the list in order of arrival (a state
 * and a name to filter by), its CSV (Excel-safe, {@link Csv}) and ticking people present from the
 * day itself. The registrations are the conferences module's ({@link Occasions}, docs/adr/0031):
 * this page reads and ticks them through its API, as the Alliantiedagen' own check-in does. Four
 * queries of its own a page (the event, a page of registrants, the places, how many are present),
 * whatever its number (nine with the login and the page frame: EventRegistrantsTest).
 */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class RegistrantsController {

	static final int PAGE_SIZE = 50;

	/** Longest name to look for. */
	static final int SEARCH_MAX = 100;

	/** Most rows in the CSV: more than any event's places and waiting list. */
	static final int CSV_LIMIT = 20_000;

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/**
	 * What {@code events/registrants.jte} shows. {@code checkIn}: people can be ticked present (the
	 * day has come, and the event was not cancelled); {@code errors} by field ({@code status},
	 * {@code zoek}) and by row ({@code aanwezig-<id>}).
	 */
	public record RegistrantsPage(Event event, Occasions.@Nullable Places places, List<Occasions.Registrant> rows,
			@Nullable RegistrationStatus status, String search, int page, boolean hasNext, int checkedIn, boolean checkIn,
			FormErrors errors, @Nullable String notice) {

		public String baseHref() {
			return href("/beheer/bijeenkomsten/" + event.id() + "/aanmeldingen", status, search, null);
		}

		public String csvHref() {
			return href("/beheer/bijeenkomsten/" + event.id() + "/aanmeldingen.csv", status, search, null);
		}

		public String action(Occasions.Registrant row) {
			return "/beheer/bijeenkomsten/" + event.id() + "/aanmeldingen/" + row.id() + "/aanwezig";
		}

		public List<RegistrationStatus> statuses() {
			return List.of(RegistrationStatus.values());
		}

		public String at(Occasions.Registrant row) {
			return AT.format(row.registeredAt().atZone(DutchTime.ZONE));
		}
	}

	private final EventStore store;

	private final Occasions occasions;

	private final MessageSource messages;

	private final Clock clock;

	RegistrantsController(EventStore store, Occasions occasions, MessageSource messages, Clock clock) {
		this.store = store;
		this.occasions = occasions;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/beheer/bijeenkomsten/{id:[0-9]{1,18}}/aanmeldingen")
	String list(@PathVariable long id, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String zoek, @RequestParam(name = "pagina", defaultValue = "1") int pagina,
			Model model, Locale locale) {
		model.addAttribute("page", page(load(id), status, zoek, PageNumber.of(pagina), new LinkedHashMap<>(), locale,
				(String) model.asMap().get("notice")));
		return "events/registrants";
	}

	@GetMapping("/beheer/bijeenkomsten/{id:[0-9]{1,18}}/aanmeldingen.csv")
	void csv(@PathVariable long id, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String zoek, HttpServletResponse response, Locale locale) throws IOException {
		Event event = load(id);
		RegistrationStatus filter = RegistrationStatus.parse(status).orElse(null);
		String search = zoek.strip().length() > SEARCH_MAX ? "" : zoek.strip();
		response.setContentType(Csv.MEDIA_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("aanmeldingen-bijeenkomst-" + event.id() + ".csv").build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		Csv.start(out);
		Csv.row(out, List.of(t("events.registrants.name", locale), t("events.registrants.organisation", locale),
				t("events.registrants.email", locale), t("events.registrants.status", locale),
				t("events.registrants.at", locale), t("events.registrants.confirmed", locale),
				t("events.registrants.present", locale), t("events.registrants.needs", locale)));
		for (Occasions.Registrant row : occasions.registrants(event.occasion(), filter, search, 0, CSV_LIMIT)) {
			Csv.row(out, Arrays.asList(row.name(), row.organisation(), row.email(),
					t("events.registrants.status." + row.status().code(), locale),
					AT.format(row.registeredAt().atZone(DutchTime.ZONE)), t(row.confirmed() ? "events.yes" : "events.no", locale),
					t(row.checkedIn() ? "events.yes" : "events.no", locale), row.needs()));
		}
		out.flush();
	}

	/**
	 * Ticks one person present ({@code aanwezig=true}) or takes it back. Refused beside the row
	 * before the day, for a cancelled event and for a person without a place; the list comes back as
	 * it was (state, name, page).
	 */
	@PostMapping("/beheer/bijeenkomsten/{id:[0-9]{1,18}}/aanmeldingen/{registration:[0-9]{1,18}}/aanwezig")
	String checkIn(@PathVariable long id, @PathVariable long registration, @RequestParam(defaultValue = "") String aanwezig,
			@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String zoek,
			@RequestParam(name = "pagina", defaultValue = "1") String pagina, Model model, Locale locale,
			RedirectAttributes redirect) {
		Event event = load(id);
		int page = PageNumber.of(parse(pagina));
		String field = "aanwezig-" + registration;
		Map<String, String> errors = new LinkedHashMap<>();
		if (event.cancelled()) {
			errors.put(field, t("events.registrants.checkIn.cancelled", locale));
		}
		else if (event.heldOn().isAfter(LocalDate.now(clock))) {
			errors.put(field, t("events.registrants.checkIn.early", locale, new Object[] { date(event.heldOn(), locale) }));
		}
		else {
			Occasions.CheckedIn done = occasions.checkIn(event.occasion(), registration, "true".equals(aanwezig));
			switch (done.outcome()) {
				case UNKNOWN -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
				case NO_PLACE -> errors.put(field, t("events.registrants.checkIn.noPlace", locale));
				case DONE -> {
					redirect.addFlashAttribute("notice",
							"true".equals(aanwezig) ? "events.registrants.checkedIn" : "events.registrants.checkedOut");
					return "redirect:" + href("/beheer/bijeenkomsten/" + id + "/aanmeldingen",
							RegistrationStatus.parse(status).orElse(null), zoek.strip(), page) + "#r" + registration;
				}
			}
		}
		model.addAttribute("page", page(event, status, zoek, page, errors, locale, null));
		return "events/registrants";
	}

	private RegistrantsPage page(Event event, String status, String zoek, int page, Map<String, String> errors,
			Locale locale, @Nullable String notice) {
		Optional<RegistrationStatus> filter = RegistrationStatus.parse(status);
		if (!status.isEmpty() && filter.isEmpty()) {
			errors.putIfAbsent("status", t("events.registrants.status.unknown", locale));
		}
		String search = zoek.strip();
		if (search.length() > SEARCH_MAX) {
			errors.putIfAbsent("zoek", t("events.registrants.search.tooLong", locale, new Object[] { SEARCH_MAX }));
		}
		List<Occasions.Registrant> rows = occasions.registrants(event.occasion(), filter.orElse(null),
				search.length() > SEARCH_MAX ? "" : search, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		boolean checkIn = !event.cancelled() && !event.heldOn().isAfter(LocalDate.now(clock));
		return new RegistrantsPage(event, occasions.places(List.of(event.occasion())).get(event.occasion()),
				rows.subList(0, Math.min(PAGE_SIZE, rows.size())), filter.orElse(null), search, page, rows.size() > PAGE_SIZE,
				occasions.checkedIn(event.occasion()), checkIn, new FormErrors(Map.copyOf(errors)), notice);
	}

	private static String href(String path, @Nullable RegistrationStatus status, String search, @Nullable Integer page) {
		return UriComponentsBuilder.fromPath(path)
			.queryParamIfPresent("status", Optional.ofNullable(status).map(RegistrationStatus::code))
			.queryParamIfPresent("zoek", Optional.of(search).filter(s -> !s.isBlank() && s.length() <= SEARCH_MAX))
			.queryParamIfPresent("pagina", Optional.ofNullable(page).filter(p -> p > 1))
			.encode()
			.toUriString();
	}

	private static int parse(String number) {
		try {
			return Integer.parseInt(number.strip());
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

	private static String date(LocalDate date, Locale locale) {
		return nl.alliantie.shared.time.WrittenDates.date(date, locale);
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private Event load(long id) {
		return store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
