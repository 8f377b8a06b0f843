package nl.alliantie.newsletter.sending;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import nl.alliantie.accounts.Access;
import nl.alliantie.accounts.Accounts;
import nl.alliantie.accounts.Role;
import nl.alliantie.newsletter.editorial.Article;
import nl.alliantie.newsletter.editorial.Articles;
import nl.alliantie.newsletter.editorial.EditorialController;
import nl.alliantie.newsletter.editorial.EditorialRuleBroken;
import nl.alliantie.newsletter.editorial.IssueStatus;
import nl.alliantie.newsletter.editorial.Issues;
import nl.alliantie.shared.web.FormErrors;

/**
 * Composing an issue (plan, introduction, the order of its pieces), its previews as web page and
 * as mail (wide and 360 px), a test to the editors, and the send with its progress bar, pause and
 * resume. For the editors only.
 */
@Controller
public class IssueController {

	/** The newest delivery reports shown on a sent issue's page; the subscriber list has every suspended address. */
	static final int BOUNCES_SHOWN = 50;

	public record IssuePage(Issues.Issue issue, Map<String, String> form, FormErrors errors, List<Article> placed,
			List<Articles.Row> acceptable, Sending.@Nullable Report report, @Nullable String notice, long confirmed,
			List<Sending.Bounce> bounces) {

		public boolean sent() {
			return issue.status() == IssueStatus.SENT;
		}
	}

	public record ProgressPage(long issueId, Sending.Report report, boolean paused) {

		public int percent() {
			long total = report.progress().total();
			return total == 0 ? 0 : (int) ((report.progress().sent() + report.progress().failed()) * 100 / total);
		}
	}

	public record MailPreviewPage(Issues.Issue issue, String html, String text, boolean narrow) {
	}

	private final Issues issues;

	private final Articles articles;

	private final Sending sending;

	private final IssueMail mail;

	private final Access access;

	private final Accounts accounts;

	private final MessageSource messages;

	IssueController(Issues issues, Articles articles, Sending sending, IssueMail mail, Access access, Accounts accounts,
			MessageSource messages) {
		this.issues = issues;
		this.articles = articles;
		this.sending = sending;
		this.mail = mail;
		this.access = access;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/beheer/nieuwsbrief/nummers/{id}")
	String issue(@PathVariable long id, @RequestParam(required = false) String melding, Model model) {
		Issues.Issue issue = issue(id);
		model.addAttribute("page", page(issue, formOf(issue), FormErrors.NONE, EditorialController.notice(melding)));
		return "newsletter/issue";
	}

	@PostMapping("/beheer/nieuwsbrief/nummers/{id}")
	String change(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale) {
		Issues.Issue issue = issue(id);
		Map<String, String> errors = new LinkedHashMap<>();
		String theme = form.getOrDefault("thema", "").strip();
		if (theme.isEmpty()) {
			errors.put("thema", t("newsletter.issue.theme.required", locale));
		}
		else if (theme.length() > 200) {
			errors.put("thema", t("newsletter.issue.theme.long", locale));
		}
		var deadline = nl.alliantie.newsletter.editorial.IssueDates.parse(form.get("kopijdatum"));
		var planned = nl.alliantie.newsletter.editorial.IssueDates.parse(form.get("verschijnt"));
		if (deadline == null) {
			errors.put("kopijdatum", t("newsletter.issue.date.invalid", locale));
		}
		if (planned == null) {
			errors.put("verschijnt", t("newsletter.issue.date.invalid", locale));
		}
		else if (deadline != null && planned.isBefore(deadline)) {
			errors.put("verschijnt", t("newsletter.issue.date.beforeDeadline", locale));
		}
		String introduction = form.getOrDefault("introductie", "").strip();
		if (introduction.length() > 10_000) {
			errors.put("introductie", t("newsletter.issue.introduction.long", locale));
		}
		if (!errors.isEmpty() || deadline == null || planned == null) { // no date is an error in errors
			model.addAttribute("page", page(issue, form, new FormErrors(errors), null));
			return "newsletter/issue";
		}
		issues.change(id, theme, deadline, planned, introduction);
		return "redirect:/beheer/nieuwsbrief/nummers/" + id + "?melding=bewaard";
	}

	@PostMapping("/beheer/nieuwsbrief/nummers/{id}/stukken/{article}/{step}")
	String arrange(@PathVariable long id, @PathVariable long article, @PathVariable String step) {
		issue(id);
		Article piece = articles.find(article).filter(a -> a.issueId() != null && a.issueId() == id)
			.orElseThrow(() -> new EditorialRuleBroken("newsletter.rule.unknown"));
		switch (step) {
			case "omhoog" -> articles.move(piece.id(), -1);
			case "omlaag" -> articles.move(piece.id(), 1);
			case "weghalen" -> articles.unplace(piece.id(), access.current().orElseThrow().displayName());
			default -> throw new EditorialRuleBroken("newsletter.rule.unknown");
		}
		return "redirect:/beheer/nieuwsbrief/nummers/" + id;
	}

	@PostMapping("/beheer/nieuwsbrief/nummers/{id}/plaatsen")
	String place(@PathVariable long id, @RequestParam(defaultValue = "0") long artikel) {
		issue(id);
		articles.place(artikel, id, access.current().orElseThrow().displayName());
		return "redirect:/beheer/nieuwsbrief/nummers/" + id;
	}

	@GetMapping("/beheer/nieuwsbrief/nummers/{id}/voorbeeld")
	String webPreview(@PathVariable long id, Model model) {
		Issues.Issue issue = issue(id);
		model.addAttribute("page", new nl.alliantie.newsletter.archive.ArchiveController.IssueWebPage(issue,
				articles.ofIssue(id), true));
		return "newsletter/archived";
	}

	@GetMapping("/beheer/nieuwsbrief/nummers/{id}/voorbeeld/mail")
	String mailPreview(@PathVariable long id, @RequestParam(defaultValue = "breed") String breedte, Model model) {
		Issues.Issue issue = issue(id);
		List<Article> placed = articles.ofIssue(id);
		String example = mail.unsubscribeUrl("voorbeeld", id);
		model.addAttribute("page", new MailPreviewPage(issue, mail.html(issue, placed, example),
				mail.text(issue, placed, example), "360".equals(breedte)));
		return "newsletter/mailPreview";
	}

	@PostMapping("/beheer/nieuwsbrief/nummers/{id}/test")
	String test(@PathVariable long id) {
		issue(id);
		List<String> to = new ArrayList<>(accounts.emailsWith(Role.REDACTIE));
		String me = access.current().orElseThrow().email();
		if (to.stream().noneMatch(me::equalsIgnoreCase)) {
			to.add(me);
		}
		sending.sendTest(id, to);
		return "redirect:/beheer/nieuwsbrief/nummers/" + id + "?melding=test";
	}

	@PostMapping("/beheer/nieuwsbrief/nummers/{id}/versturen")
	String send(@PathVariable long id, @RequestParam(required = false) String zeker, Model model, Locale locale) {
		Issues.Issue issue = issue(id);
		if (zeker == null) {
			model.addAttribute("page", page(issue, formOf(issue),
					new FormErrors(Map.of("zeker", t("newsletter.send.sure.required", locale))), null));
			return "newsletter/issue";
		}
		sending.send(id);
		return "redirect:/beheer/nieuwsbrief/nummers/" + id + "?melding=verstuurd";
	}

	@PostMapping("/beheer/nieuwsbrief/nummers/{id}/pauzeren")
	String pause(@PathVariable long id) {
		issue(id);
		sending.pause(id);
		return "redirect:/beheer/nieuwsbrief/nummers/" + id + "?melding=gepauzeerd";
	}

	@PostMapping("/beheer/nieuwsbrief/nummers/{id}/hervatten")
	String resume(@PathVariable long id) {
		issue(id);
		sending.resume(id);
		return "redirect:/beheer/nieuwsbrief/nummers/" + id + "?melding=hervat";
	}

	/** The progress bar alone, for htmx to swap in every two seconds; without JavaScript the page is refreshed. */
	@GetMapping("/beheer/nieuwsbrief/nummers/{id}/voortgang")
	String progress(@PathVariable long id, @RequestHeader(value = "HX-Request", required = false) String htmx,
			Model model) {
		issue(id);
		if (htmx == null) {
			return "redirect:/beheer/nieuwsbrief/nummers/" + id;
		}
		Sending.Report report = sending.report(id);
		model.addAttribute("page", new ProgressPage(id, report, report.progress().held() > 0));
		return "newsletter/progress";
	}

	private IssuePage page(Issues.Issue issue, Map<String, String> form, FormErrors errors, @Nullable String notice) {
		long confirmed = issue.status() == IssueStatus.SENT ? 0 : sending.confirmedSubscribers();
		return new IssuePage(issue, form, errors, articles.ofIssue(issue.id()),
				issue.status() == IssueStatus.SENT ? List.of() : articles.acceptedUnplaced(),
				issue.status() == IssueStatus.SENT ? sending.report(issue.id()) : null, notice, confirmed,
				issue.status() == IssueStatus.SENT ? sending.bounces(issue.id(), BOUNCES_SHOWN) : List.of());
	}

	private static Map<String, String> formOf(Issues.Issue issue) {
		return Map.of("thema", issue.theme(), "kopijdatum", issue.copyDeadline().toString(), "verschijnt",
				issue.plannedOn().toString(), "introductie", issue.introduction());
	}

	private Issues.Issue issue(long id) {
		if (!access.hasRole(Role.REDACTIE)) {
			throw new AuthorizationDeniedException("Geen toegang");
		}
		return issues.find(id).orElseThrow(() -> new EditorialRuleBroken("newsletter.rule.unknown"));
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
