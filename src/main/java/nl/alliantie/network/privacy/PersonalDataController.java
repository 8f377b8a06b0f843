package nl.alliantie.network.privacy;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.accounts.LinkTokens;
import nl.alliantie.network.PersonId;
import nl.alliantie.network.mailing.NetworkMail;
import nl.alliantie.network.people.People;

/**
 * A person sees, downloads and erases their own data through a mailed link, without an account.
 * Asking for the link says nothing about whether the address is known.
 */
@Controller
public class PersonalDataController {

	static final String PURPOSE = "network-personal-data";

	static final Duration VALID = Duration.ofHours(24);

	public record RequestPage(boolean sent, @Nullable String error, String email) {
	}

	public record DossierPage(Dossier.PersonalData data, @Nullable String token, boolean admin, @Nullable String notice) {
	}

	public record InvalidLinkPage() {
	}

	private final People people;

	private final Dossier dossier;

	private final LinkTokens tokens;

	private final NetworkMail mail;

	PersonalDataController(People people, Dossier dossier, LinkTokens tokens, NetworkMail mail) {
		this.people = people;
		this.dossier = dossier;
		this.tokens = tokens;
		this.mail = mail;
	}

	@GetMapping("/mijn-gegevens")
	String form(Model model) {
		model.addAttribute("page", new RequestPage(model.containsAttribute("sent"), null, ""));
		return "network/myData";
	}

	@PostMapping("/mijn-gegevens")
	String request(@RequestParam(defaultValue = "") String email, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (!email.trim().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") || email.length() > 254) {
			model.addAttribute("page", new RequestPage(false, "network.person.email.invalid", email));
			return "network/myData";
		}
		people.findByEmail(email).flatMap(id -> people.find(id.value())).ifPresent(person -> {
			// found by its address: a stored person (with an id) that is not erased (has an address)
			Long id = person.id();
			String to = person.email();
			if (id == null || to == null) {
				return;
			}
			String subject = Long.toString(id);
			if (tokens.issuedWithin(PURPOSE, subject, Duration.ofMinutes(15)) < 3) {
				String token = tokens.issueReusable(PURPOSE, subject, VALID);
				String name = person.name();
				mail.personalData(token.substring(0, 16), to, name == null ? to : name, "/mijn-gegevens/" + token,
						VALID.toHours(), locale);
			}
		});
		redirect.addFlashAttribute("sent", true);
		return "redirect:/mijn-gegevens";
	}

	@GetMapping("/mijn-gegevens/{token}")
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		var person = person(token);
		if (person == null) {
			return invalid(model, response);
		}
		model.addAttribute("page", new DossierPage(dossier.of(person).orElseThrow(), token, false,
				(String) model.asMap().get("notice")));
		return "network/person";
	}

	@GetMapping("/mijn-gegevens/{token}/gegevens.json")
	ResponseEntity<Dossier.PersonalData> json(@PathVariable String token) {
		var person = person(token);
		if (person == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mijn-gegevens.json\"")
			.body(dossier.of(person).orElseThrow());
	}

	/** The person chooses the language of the mail they get; a value other than nl or en changes nothing. */
	@PostMapping("/mijn-gegevens/{token}/taal")
	String language(@PathVariable String token, @RequestParam(defaultValue = "") String taal, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		var person = person(token);
		if (person == null) {
			return invalid(model, response);
		}
		if (!"nl".equals(taal) && !"en".equals(taal)) {
			redirect.addFlashAttribute("notice", "network.person.language.invalid");
			return "redirect:/mijn-gegevens/" + token;
		}
		people.setLanguage(new PersonId(person), taal, "de persoon zelf (link)");
		redirect.addFlashAttribute("notice", "network.saved");
		return "redirect:/mijn-gegevens/" + token;
	}

	@PostMapping("/mijn-gegevens/{token}/wissen")
	String erase(@PathVariable String token, @RequestParam(defaultValue = "false") boolean zeker, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		var person = person(token);
		if (person == null) {
			return invalid(model, response);
		}
		if (!zeker) {
			redirect.addFlashAttribute("notice", "network.erase.confirm.required");
			return "redirect:/mijn-gegevens/" + token;
		}
		people.erase(new PersonId(person), "de persoon zelf (link)");
		redirect.addFlashAttribute("notice", "network.erase.done");
		return "redirect:/mijn-gegevens/" + token;
	}

	private @Nullable Long person(String token) {
		return tokens.subjectOf(PURPOSE, token).orElse(null);
	}

	private String invalid(Model model, HttpServletResponse response) {
		response.setStatus(404);
		model.addAttribute("page", new nl.alliantie.network.calls.ReplyController.InvalidLinkPage());
		return "network/replyInvalid";
	}
}
