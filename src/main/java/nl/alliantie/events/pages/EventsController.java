package nl.alliantie.events.pages;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import nl.alliantie.conferences.OccasionId;
import nl.alliantie.conferences.Occasions;
import nl.alliantie.events.announcing.Event;
import nl.alliantie.events.announcing.EventStore;
import nl.alliantie.network.Network;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.shared.web.NavItem;
import nl.alliantie.shared.web.PageNumber;
import nl.alliantie.shared.web.PublicPageCache;

/**
 * The public list of one-off events (coming ones by date, or the earlier ones), each event's page
 * with its program, places and registration form, and its calendar file. Registering goes through
 * the conferences module ({@link Occasions}, docs/adr/0031): the place is held until the mailed
 * link is confirmed, so the form leads to a page that says to look in the mail. Two queries a page.
 */
@Controller
public class EventsController {

	static final int PAGE_SIZE = 20;

	/** Most files an event page lists. */
	static final int FILES = 60;

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	/** What {@code events/list.jte} shows: {@code past} the earlier events, latest first. */
	public record ListPage(List<Event> events, Map<OccasionId, Occasions.Places> places, boolean past, int page,
			boolean hasNext) {

		public String baseHref() {
			return past ? "/bijeenkomsten?eerder=ja" : "/bijeenkomsten";
		}
	}

	/** What {@code events/event.jte} shows. */
	public record EventPage(Event event, Occasions.@Nullable Places places, @Nullable String regionName, boolean open,
			boolean held,
			RegistrationForm form, FormErrors errors, long holdMinutes, List<Occasions.File> files) {
	}

	/** After registering: look in your mail. {@code email} null when the page is opened again. */
	public record SentPage(@Nullable String email, boolean waiting, long holdMinutes) {
	}

	private final EventStore store;

	private final Occasions occasions;

	private final Network network;

	private final MessageSource messages;

	private final Clock clock;

	EventsController(EventStore store, Occasions occasions, Network network, MessageSource messages, Clock clock) {
		this.store = store;
		this.occasions = occasions;
		this.network = network;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/bijeenkomsten")
	String list(@RequestParam(name = "eerder", defaultValue = "") String eerder,
			@RequestParam(name = "pagina", defaultValue = "1") int pagina, Model model) {
		boolean past = "ja".equals(eerder);
		int page = PageNumber.of(pagina);
		LocalDate today = LocalDate.now(clock);
		List<Event> events = past ? store.past(today, page, PAGE_SIZE) : store.upcoming(today, page, PAGE_SIZE);
		List<Event> shown = events.subList(0, Math.min(PAGE_SIZE, events.size()));
		model.addAttribute("page", new ListPage(shown, occasions.places(shown.stream().map(Event::occasion).toList()),
				past, page, events.size() > PAGE_SIZE));
		return "events/list";
	}

	@GetMapping("/bijeenkomsten/{id:[0-9]{1,18}}")
	String event(@PathVariable long id, Model model) {
		model.addAttribute("page", page(load(id), RegistrationForm.empty(), FormErrors.NONE));
		return "events/event";
	}

	@PostMapping("/bijeenkomsten/{id:[0-9]{1,18}}/aanmelden")
	String register(@PathVariable long id, @Valid @ModelAttribute @Nullable RegistrationForm form, BindingResult result,
			Model model,
			Locale locale, RedirectAttributes redirect, HttpServletRequest request) {
		Event event = load(id);
		if (form == null) {
			form = RegistrationForm.empty();
		}
		if (!result.hasErrors()) {
			Occasions.Outcome outcome = occasions.register(event.occasion(),
					new Occasions.Registration(form.naam(), form.email(), form.organisatie(), form.wensen(),
							locale.getLanguage()),
					request.getRemoteAddr());
			if (outcome.registered()) {
				// the personal link travels only by mail (docs/adr/0027)
				redirect.addFlashAttribute("sentTo", form.email().strip());
				redirect.addFlashAttribute("waiting", outcome == Occasions.Outcome.HELD_WAITING);
				return "redirect:/bijeenkomsten/aanmelding/verstuurd";
			}
			if (outcome.field().isEmpty()) {
				result.reject(outcome.messageKey());
			}
			else {
				result.rejectValue(outcome.field(), outcome.messageKey());
			}
		}
		model.addAttribute("page", page(event, form, FormErrors.of(result, messages, locale)));
		return "events/event";
	}

	@GetMapping("/bijeenkomsten/aanmelding/verstuurd")
	String sent(Model model, HttpServletRequest request) {
		// the address is this visitor's own: never kept for the next one
		PublicPageCache.markPersonal(request);
		model.addAttribute("page", new SentPage((String) model.asMap().get("sentTo"),
				Boolean.TRUE.equals(model.asMap().get("waiting")), occasions.holdMinutes()));
		return "events/sent";
	}

	@GetMapping("/bijeenkomsten/{id:[0-9]{1,18}}/agenda.ics")
	ResponseEntity<byte[]> calendar(@PathVariable long id) {
		Event event = load(id);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("bijeenkomsten-" + event.id() + ".ics").build().toString())
			.body(occasions.calendarFile(event.occasion()).getBytes(StandardCharsets.UTF_8));
	}

	private EventPage page(Event event, RegistrationForm form, FormErrors errors) {
		Occasions.Places places = occasions.places(List.of(event.occasion())).get(event.occasion());
		String key = event.region();
		String region = key == null ? null : network.regionName(key).orElse(key);
		boolean held = event.held(clock);
		return new EventPage(event, places, region, event.registrationOpen(clock), held, form, errors,
				occasions.holdMinutes(), held ? occasions.files(event.occasion(), FILES) : List.of());
	}

	private Event load(long id) {
		return store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		NavItem eventsNavItem() {
			return NavItem.everyone("events.nav", "/bijeenkomsten", 32);
		}
	}
}
