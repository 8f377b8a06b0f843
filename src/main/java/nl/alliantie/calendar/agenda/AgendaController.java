package nl.alliantie.calendar.agenda;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.calendar.PublicCalendar;
import nl.alliantie.network.Network;
import nl.alliantie.shared.calendar.CalendarEntry;
import nl.alliantie.shared.web.NavItem;
import nl.alliantie.shared.web.PageNumber;

/**
 * The one calendar as a page: a list from today on (a year ahead, paged) or a month as a grid of
 * weeks ({@code ?maand=2027-03}), both for one region ({@code ?regio=}) with the entries of the whole
 * country, all without JavaScript. One query per contributing module. A month or region that does
 * not exist is the 404 page.
 */
@Controller
public class AgendaController {

	static final int PAGE_SIZE = 20;

	/** Months a visitor can look at; far enough for any plan, near enough to stay meaningful. */
	static final int FIRST_YEAR = 2000, LAST_YEAR = 2100;

	/** The entries of one date. */
	public record Day(LocalDate date, List<CalendarEntry> entries) {
	}

	/**
	 * The calendar page: {@code month} is {@code null} for the list; {@code weeks} then is empty, and
	 * {@code days} holds the list's page.
	 */
	public record AgendaPage(List<Network.RegionSummary> regions, Network.@Nullable RegionSummary region, @Nullable YearMonth month,
			List<List<Day>> weeks, List<Day> days, int page, boolean hasNext, LocalDate today) {

		/** The query that keeps the region, for links to other pages and months. */
		public String regionQuery() {
			return region == null ? "" : "regio=" + region.key();
		}

		public String href(YearMonth other) {
			return "/agenda?maand=" + other + (region == null ? "" : "&" + regionQuery());
		}

		public String listHref() {
			return "/agenda" + (region == null ? "" : "?" + regionQuery());
		}

		public String icsHref() {
			return region == null ? "/agenda.ics" : "/agenda/" + region.key() + ".ics";
		}
	}

	private final PublicCalendar calendar;

	private final Network network;

	AgendaController(PublicCalendar calendar, Network network) {
		this.calendar = calendar;
		this.network = network;
	}

	@GetMapping("/agenda")
	String agenda(@RequestParam(name = "regio", required = false) String regio,
			@RequestParam(name = "maand", required = false) String maand,
			@RequestParam(name = "pagina", defaultValue = "1") int pagina, Model model) {
		Network.RegionSummary region = region(regio);
		LocalDate today = calendar.today();
		List<Network.RegionSummary> regions = network.regions();
		if (maand != null) {
			YearMonth month = month(maand);
			LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			Map<LocalDate, List<CalendarEntry>> byDate = byDate(of(region, first, last));
			List<List<Day>> weeks = new ArrayList<>();
			for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
				List<Day> week = new ArrayList<>(7);
				for (LocalDate date = monday; date.isBefore(monday.plusWeeks(1)); date = date.plusDays(1)) {
					week.add(new Day(date, byDate.getOrDefault(date, List.of())));
				}
				weeks.add(week);
			}
			model.addAttribute("page", new AgendaPage(regions, region, month, weeks, List.of(), 1, false, today));
			return "calendar/agenda";
		}
		int page = PageNumber.of(pagina);
		List<CalendarEntry> all = of(region, today, today.plusYears(1));
		int start = Math.min(all.size(), (page - 1) * PAGE_SIZE);
		List<CalendarEntry> shown = all.subList(start, Math.min(all.size(), start + PAGE_SIZE));
		List<Day> days = byDate(shown).entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList();
		model.addAttribute("page", new AgendaPage(regions, region, null, List.of(), days, page,
				all.size() > start + PAGE_SIZE, today));
		return "calendar/agenda";
	}

	private List<CalendarEntry> of(Network.@Nullable RegionSummary region, LocalDate from, LocalDate to) {
		return calendar.between(from, to)
			.stream()
			.filter(entry -> region == null || entry.regionKey() == null || entry.regionKey().equals(region.key()))
			.toList();
	}

	private static Map<LocalDate, List<CalendarEntry>> byDate(List<CalendarEntry> entries) {
		Map<LocalDate, List<CalendarEntry>> byDate = new LinkedHashMap<>();
		for (CalendarEntry entry : entries) {
			byDate.computeIfAbsent(entry.date(), d -> new ArrayList<>()).add(entry);
		}
		return byDate;
	}

	private Network.@Nullable RegionSummary region(String regio) {
		if (regio == null || regio.isBlank()) {
			return null;
		}
		return network.regions()
			.stream()
			.filter(r -> r.key().equalsIgnoreCase(regio.strip()) || r.name().equalsIgnoreCase(regio.strip()))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static YearMonth month(String maand) {
		if (!maand.matches("[0-9]{4}-[0-9]{2}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		try {
			YearMonth month = YearMonth.parse(maand);
			if (month.getYear() < FIRST_YEAR || month.getYear() > LAST_YEAR) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			return month;
		}
		catch (DateTimeParseException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavItem calendarNavItem() {
			return NavItem.everyone("calendar.nav", "/agenda", 15);
		}
	}
}
