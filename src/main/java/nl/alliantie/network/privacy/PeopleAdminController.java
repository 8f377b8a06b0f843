package nl.alliantie.network.privacy;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.accounts.Role;
import nl.alliantie.network.PersonId;
import nl.alliantie.shared.csv.Csv;
import nl.alliantie.network.people.Audit;
import nl.alliantie.network.people.People;
import nl.alliantie.network.people.PersonRole;
import nl.alliantie.network.places.Places;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.PageNumber;

/**
 * The secretariat's view of people: a filtered list (also as CSV), each person's page with all
 * data stored about them, changes, roles, download and erasure, and the audit log.
 */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class PeopleAdminController {

	static final int PAGE_SIZE = 50;

	public record PersonRow(long id, String name, String email, String phone, Instant erasedAt, int organisations) {
	}

	public record PeoplePage(String query, List<PersonRow> people, int page, boolean hasNext, String pagerHref,
			String csvHref) {
	}

	public record AuditPage(List<Audit.Entry> entries, int page, boolean hasNext) {
	}

	private final PeopleDirectory directory;

	private final People people;

	private final Dossier dossier;

	private final Audit audit;

	private final Places places;

	PeopleAdminController(PeopleDirectory directory, People people, Dossier dossier, Audit audit, Places places) {
		this.directory = directory;
		this.people = people;
		this.dossier = dossier;
		this.audit = audit;
		this.places = places;
	}

	@GetMapping("/beheer/personen")
	String list(@RequestParam(defaultValue = "") String zoek, @RequestParam(defaultValue = "1") int pagina, Model model) {
		int page = PageNumber.of(pagina);
		var rows = directory.rows(zoek, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		String query = zoek.isBlank() ? "" : "?zoek=" + java.net.URLEncoder.encode(zoek, StandardCharsets.UTF_8);
		model.addAttribute("page", new PeoplePage(zoek, rows.stream().limit(PAGE_SIZE).toList(), page,
				rows.size() > PAGE_SIZE, "/beheer/personen" + query, "/beheer/personen.csv" + query));
		return "network/people";
	}

	@GetMapping("/beheer/personen.csv")
	void csv(@RequestParam(defaultValue = "") String zoek, HttpServletResponse response) throws java.io.IOException {
		response.setContentType(Csv.MEDIA_TYPE);
		response.setHeader("Content-Disposition", "attachment; filename=\"personen.csv\"");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		Csv.start(out);
		Csv.row(out, List.of("id", "naam", "email", "telefoon", "vertegenwoordiger van", "gewist"));
		for (PersonRow row : directory.rows(zoek, 0, Integer.MAX_VALUE)) {
			Csv.row(out, java.util.Arrays.asList(row.id(), row.name(), row.email(), row.phone(), row.organisations(),
					row.erasedAt() == null ? "" : "ja"));
		}
		out.flush();
	}

	@GetMapping("/beheer/personen/{id}")
	String show(@PathVariable long id, Model model) {
		var data = dossier.of(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", new PersonalDataController.DossierPage(data, null, true,
				(String) model.asMap().get("notice")));
		return "network/person";
	}

	@GetMapping("/beheer/personen/{id}/gegevens.json")
	ResponseEntity<Dossier.PersonalData> json(@PathVariable long id) {
		var data = dossier.of(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"persoon-" + id + ".json\"")
			.body(data);
	}

	@PostMapping("/beheer/personen/{id}")
	String update(@PathVariable long id, @RequestParam(defaultValue = "") String naam,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String telefoon,
			RedirectAttributes redirect) {
		var person = people.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (person.erased()) {
			redirect.addFlashAttribute("notice", "network.person.erased");
			return "redirect:/beheer/personen/" + id;
		}
		if (naam.isBlank() || naam.length() > 200) {
			redirect.addFlashAttribute("notice", "network.person.name.required");
		}
		else if (!email.isBlank() && !email.trim().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
			redirect.addFlashAttribute("notice", "network.person.email.invalid");
		}
		else if (!telefoon.isBlank() && !telefoon.trim().matches("^[0-9 +()-]{6,20}$")) {
			redirect.addFlashAttribute("notice", "network.person.phone.invalid");
		}
		else {
			try {
				people.update(new PersonId(id), naam, email, telefoon, audit.actor("secretariaat"));
				redirect.addFlashAttribute("notice", "network.saved");
			}
			catch (DuplicateKeyException e) {
				redirect.addFlashAttribute("notice", "network.person.email.taken");
			}
		}
		return "redirect:/beheer/personen/" + id;
	}

	/** The language of mail to this person; a value other than nl or en changes nothing and says so. */
	@PostMapping("/beheer/personen/{id}/taal")
	String language(@PathVariable long id, @RequestParam(defaultValue = "") String taal, RedirectAttributes redirect) {
		people.find(id).filter(p -> !p.erased()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!"nl".equals(taal) && !"en".equals(taal)) {
			redirect.addFlashAttribute("notice", "network.person.language.invalid");
			return "redirect:/beheer/personen/" + id;
		}
		people.setLanguage(new PersonId(id), taal, audit.actor("secretariaat"));
		redirect.addFlashAttribute("notice", "network.saved");
		return "redirect:/beheer/personen/" + id;
	}

	@PostMapping("/beheer/personen/{id}/rollen")
	String addRole(@PathVariable long id, @RequestParam(defaultValue = "") String rol,
			@RequestParam(defaultValue = "") String bereik, RedirectAttributes redirect) {
		people.find(id).filter(p -> !p.erased()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		PersonRole role;
		try {
			role = PersonRole.valueOf(rol);
		}
		catch (IllegalArgumentException e) {
			redirect.addFlashAttribute("notice", "network.role.invalid");
			return "redirect:/beheer/personen/" + id;
		}
		String scope = scope(role, bereik.trim());
		if (scope == null) {
			redirect.addFlashAttribute("notice", "network.role.scope.invalid");
			return "redirect:/beheer/personen/" + id;
		}
		people.addRole(new PersonId(id), role, scope, audit.actor("secretariaat"));
		redirect.addFlashAttribute("notice", "network.saved");
		return "redirect:/beheer/personen/" + id;
	}

	@PostMapping("/beheer/personen/{id}/rollen/verwijderen")
	String removeRole(@PathVariable long id, @RequestParam String rol, @RequestParam(defaultValue = "") String bereik,
			RedirectAttributes redirect) {
		people.removeRole(new PersonId(id), PersonRole.valueOf(rol), bereik, audit.actor("secretariaat"));
		redirect.addFlashAttribute("notice", "network.saved");
		return "redirect:/beheer/personen/" + id;
	}

	/** The scope as stored, or null when it does not fit the role. */
	private @Nullable String scope(PersonRole role, String given) {
		return switch (role.scope()) {
			case NONE -> "";
			case REGION -> places.region(given).map(Places.Region::key).orElse(null);
			case PROVINCE -> places.province(given).map(Places.Province::name).orElse(null);
			case ORGANISATION -> given.matches("\\d{1,18}") && directory.organisationExists(Long.parseLong(given)) ? given
					: null;
		};
	}

	@PostMapping("/beheer/personen/{id}/wissen")
	String erase(@PathVariable long id, @RequestParam(defaultValue = "false") boolean zeker, RedirectAttributes redirect) {
		people.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!zeker) {
			redirect.addFlashAttribute("notice", "network.erase.confirm.required");
			return "redirect:/beheer/personen/" + id;
		}
		people.erase(new PersonId(id), audit.actor("secretariaat"));
		redirect.addFlashAttribute("notice", "network.erase.done");
		return "redirect:/beheer/personen/" + id;
	}

	@GetMapping("/beheer/logboek")
	String log(@RequestParam(defaultValue = "1") int pagina, Model model) {
		int page = PageNumber.of(pagina);
		var entries = audit.page((page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		model.addAttribute("page", new AuditPage(entries.stream().limit(PAGE_SIZE).toList(), page,
				entries.size() > PAGE_SIZE));
		return "network/audit";
	}

	@Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		AdminLink networkPeopleAdminLink() {
			return new AdminLink("network.people.title", "network.people.description", "/beheer/personen", 25,
					Role.SECRETARIAAT.name());
		}

		/** Everyone logged in can see, download and erase what the alliance keeps about them. */
		@Bean
		AdminLink networkOwnDataAdminLink() {
			return new AdminLink("network.mine.data.title", "network.mine.data.description", "/mijn-gegevens", 95,
					null);
		}

		@Bean
		AdminLink networkAuditAdminLink() {
			return new AdminLink("network.audit.title", "network.audit.description", "/beheer/logboek", 85,
					Role.SECRETARIAAT.name());
		}
	}
}
