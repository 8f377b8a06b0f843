package nl.alliantie.network.calls;

import java.time.Clock;
import nl.alliantie.shared.time.DutchTime;
import nl.alliantie.shared.web.PageNumber;
import nl.alliantie.shared.web.checks.TypedDates;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.accounts.Role;
import nl.alliantie.shared.csv.Csv;
import nl.alliantie.network.organisations.DirectoryFilter;
import nl.alliantie.network.organisations.OrganisationStatus;
import nl.alliantie.network.people.Audit;
import nl.alliantie.network.places.Places;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.FormErrors;

/** The secretariat writes a call, chooses recipients, sends it, reminds and reads the replies. */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class CallAdminController {

	static final int PAGE_SIZE = 50;

	public record CallsPage(List<CallOverview.CallRow> calls, int page, boolean hasNext) {
	}

	public record NewCallPage(CallForm form, FormErrors errors, List<Places.Region> regions,
			List<Places.OrganisationType> types, List<OrganisationStatus> statuses) {
	}

	public record CountRow(@Nullable String region, int yes, int no, int later, int none, int total) {
	}

	public record OverviewPage(CallOverview.CallHead call, List<CountRow> counts, CountRow totals,
			List<CallOverview.ReplyRow> replies, String answer, int page, boolean hasNext, Places places,
			@Nullable String notice) {
	}

	private final Calls calls;

	private final CallOverview overview;

	private final Places places;

	private final Audit audit;

	private final MessageSource messages;

	private final Clock clock;

	CallAdminController(Calls calls, CallOverview overview, Places places, Audit audit, MessageSource messages, Clock clock) {
		this.clock = clock;
		this.calls = calls;
		this.overview = overview;
		this.places = places;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/beheer/oproepen")
	String list(@RequestParam(defaultValue = "1") int pagina, Model model) {
		int page = PageNumber.of(pagina);
		var rows = overview.calls((page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("page", new CallsPage(rows.stream().limit(PAGE_SIZE).toList(), page, rows.size() > PAGE_SIZE));
		return "network/calls";
	}

	@GetMapping("/beheer/oproepen/nieuw")
	String newCall(Model model) {
		model.addAttribute("page", newPage(CallForm.empty(), FormErrors.NONE));
		return "network/callNew";
	}

	@PostMapping("/beheer/oproepen")
	String create(@Valid @ModelAttribute("form") CallForm form, BindingResult result,
			@RequestParam(name = "prospecten", required = false) MultipartFile file, Model model, Locale locale)
			throws IOException {
		LocalDate replyBy = null;
		if (!result.hasFieldErrors("antwoordVoor")) {
			try {
				replyBy = TypedDates.date(form.antwoordVoor()).orElseThrow();
				if (replyBy.isBefore(LocalDate.now(clock))) {
					result.rejectValue("antwoordVoor", "network.call.replyBy.past");
				}
			}
			catch (DateTimeParseException | java.util.NoSuchElementException e) {
				result.rejectValue("antwoordVoor", "network.call.replyBy.invalid");
			}
		}
		List<Calls.Prospect> prospects = new ArrayList<>();
		if (file != null && !file.isEmpty()) {
			String problem;
			try {
				problem = readProspects(Csv.decode(file.getBytes()), prospects, locale);
			}
			catch (Csv.Unreadable e) {
				problem = messages.getMessage(e.key(), new Object[] { e.line() }, locale);
			}
			if (problem != null) {
				result.rejectValue("organisaties", "network.call.prospects.invalid", new Object[] { problem }, problem);
			}
		}
		if (!form.toOrganisations() && prospects.isEmpty() && !result.hasFieldErrors("organisaties")) {
			result.rejectValue("organisaties", "network.call.recipients.required");
		}
		if (result.hasErrors()) {
			model.addAttribute("page", newPage(form, FormErrors.of(result, messages, locale)));
			return "network/callNew";
		}
		long id = calls.create(form.titel(), form.tekst(), replyBy,
				new DirectoryFilter(form.regio(), null, null, form.type(), form.status(), null), form.toOrganisations(),
				prospects, audit.actor("secretariaat"));
		return "redirect:/beheer/oproepen/" + id;
	}

	/** Reads {@code organisatie;gemeente;email} rows; returns the first problem in plain words, or null. */
	private @Nullable String readProspects(String text, List<Calls.Prospect> prospects, Locale locale) {
		List<List<String>> rows = Csv.parse(text);
		Set<String> seen = new HashSet<>();
		int line = 0;
		for (List<String> row : rows) {
			line++;
			if (line == 1 && String.join(" ", row).toLowerCase(Locale.ROOT).contains("email")) {
				continue;
			}
			if (row.stream().allMatch(String::isBlank)) {
				continue;
			}
			String name = row.size() > 0 ? row.get(0).trim() : "";
			String municipality = row.size() > 1 ? row.get(1).trim() : "";
			String email = row.size() > 2 ? row.get(2).trim() : "";
			if (name.isEmpty() || !email.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
				return messages.getMessage("network.call.prospects.row", new Object[] { line }, locale);
			}
			if (seen.add(email.toLowerCase(Locale.ROOT))) {
				prospects.add(new Calls.Prospect(name, municipality, email));
			}
		}
		return null;
	}

	@GetMapping("/beheer/oproepen/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "") String antwoord,
			@RequestParam(defaultValue = "1") int pagina, Model model) {
		CallOverview.CallHead head = overview.head(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String answer = Set.of("JA", "NEE", "LATER", "GEEN").contains(antwoord) ? antwoord : "";
		int page = PageNumber.of(pagina);
		var replies = overview.replies(id, answer, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		List<CountRow> rows = new ArrayList<>();
		var counts = overview.counts(id);
		List<String> regionKeys = new ArrayList<>(places.regions().stream().map(Places.Region::key).toList());
		regionKeys.add("");
		for (String key : regionKeys) {
			var mine = counts.stream().filter(c -> c.regionKey().equals(key)).toList();
			if (key.isEmpty() && mine.isEmpty()) {
				continue;
			}
			rows.add(countRow(key.isEmpty() ? null : places.regionName(key), mine));
		}
		model.addAttribute("page", new OverviewPage(head, rows, countRow(null, counts),
				replies.stream().limit(PAGE_SIZE).toList(), answer, page, replies.size() > PAGE_SIZE, places,
				(String) model.asMap().get("notice")));
		return "network/call";
	}

	private static CountRow countRow(@Nullable String region, List<CallOverview.Count> counts) {
		int yes = 0, no = 0, later = 0, none = 0;
		for (var c : counts) {
			if (c.answer() == null) {
				none += c.count();
			}
			else {
				switch (c.answer()) {
					case "JA" -> yes += c.count();
					case "NEE" -> no += c.count();
					default -> later += c.count();
				}
			}
		}
		return new CountRow(region, yes, no, later, none, yes + no + later + none);
	}

	@PostMapping("/beheer/oproepen/{id}/versturen")
	String send(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		overview.head(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int mailed = calls.send(id);
		redirect.addFlashAttribute("notice", messages.getMessage("network.call.sent", new Object[] { mailed }, locale));
		return "redirect:/beheer/oproepen/" + id;
	}

	@PostMapping("/beheer/oproepen/{id}/herinneren")
	String remind(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		overview.head(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int mailed = calls.remind(id);
		redirect.addFlashAttribute("notice", messages.getMessage("network.call.reminded", new Object[] { mailed }, locale));
		return "redirect:/beheer/oproepen/" + id;
	}

	private NewCallPage newPage(CallForm form, FormErrors errors) {
		return new NewCallPage(form, errors, places.regions(), places.types(), List.of(OrganisationStatus.values()));
	}

	@Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		AdminLink networkCallsAdminLink() {
			return new AdminLink("network.calls.title", "network.calls.description", "/beheer/oproepen", 20,
					Role.SECRETARIAAT.name());
		}
	}
}
