package nl.alliantie.newsletter.editorial;

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
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.accounts.Access;
import nl.alliantie.accounts.CurrentAccount;
import nl.alliantie.accounts.Role;
import nl.alliantie.network.Network;
import nl.alliantie.shared.images.Images;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.shared.web.NavItem;

/**
 * The editorial desk: the year plan, a correspondent's pieces (only their own), every piece for the
 * editors, writing, handing in, editing, accepting or sending back with a comment, and versions.
 *
 * <p>Over 400 lines, not split yet: one controller for the editorial desk's four pages (year plan,
 * desk, article, issue) that share one access check and one refusal page. The seam to split along
 * is the aggregate: articles (write, submit, accept, send back, picture) and issues (plan, compose,
 * preview, send) would each become a controller of their own beside a shared {@code DeskAccess}.
 */
@Controller
public class EditorialController {

	static final int PAGE = 25;

	static final int MAX_ALT = 300;

	/** The notices a redirect may ask for ({@code ?melding=}); anything else shows none. */
	private static final Set<String> NOTICES = Set.of("bewaard", "ingediend", "geaccepteerd", "teruggestuurd", "test",
			"verstuurd", "gepauzeerd", "hervat", "foto", "fotoWeg");

	/** {@code melding} when it is a notice the pages know, else null: a changed address never breaks the page. */
	public static @Nullable String notice(@Nullable String melding) {
		return melding != null && NOTICES.contains(melding) ? melding : null;
	}

	public record DeskPage(int year, List<Issues.Issue> plan, List<Articles.Row> pieces, int page, boolean more,
			boolean editor, @Nullable String notice) {
	}

	public record IssueFormPage(IssueForm form, FormErrors errors) {
	}

	public record ArticlePage(@Nullable Long id, ArticleForm form, FormErrors errors, List<String> provinces, boolean editor,
			@Nullable Article article, List<Articles.Version> versions, boolean editable, boolean submittable, @Nullable String notice,
			@Nullable String comment, List<Issues.Issue> openIssues, String pictureAlt) {
	}

	private final Articles articles;

	private final Issues issues;

	private final Access access;

	private final Network network;

	private final MessageSource messages;

	EditorialController(Articles articles, Issues issues, Access access, Network network, MessageSource messages) {
		this.articles = articles;
		this.issues = issues;
		this.access = access;
		this.network = network;
		this.messages = messages;
	}

	@GetMapping("/beheer/nieuwsbrief")
	String desk(@RequestParam(required = false) Integer jaar, @RequestParam(defaultValue = "1") int pagina,
			@RequestParam(required = false) String melding, Model model) {
		CurrentAccount me = writer();
		boolean editor = editor();
		int year = jaar == null || jaar < 2000 || jaar > 2200 ? issues.thisYear() : jaar;
		int page = Math.max(1, Math.min(pagina, 10_000));
		List<Articles.Row> rows = editor ? articles.all((page - 1) * PAGE, PAGE + 1)
				: articles.writtenBy(me.email(), (page - 1) * PAGE, PAGE + 1);
		model.addAttribute("page", new DeskPage(year, issues.ofYear(year), rows.stream().limit(PAGE).toList(), page,
				rows.size() > PAGE, editor, notice(melding)));
		return "newsletter/desk";
	}

	@GetMapping("/beheer/nieuwsbrief/nummers/nieuw")
	String newIssue(Model model) {
		requireEditor();
		int year = issues.thisYear();
		model.addAttribute("page", new IssueFormPage(new IssueForm(Integer.toString(year), "", "", "", "", ""), FormErrors.NONE));
		return "newsletter/issueForm";
	}

	@PostMapping("/beheer/nieuwsbrief/nummers/nieuw")
	String planIssue(@ModelAttribute IssueForm form, Model model, Locale locale) {
		requireEditor();
		Map<String, String> errors = new LinkedHashMap<>();
		Integer year = number(form.jaar(), 2000, 2200);
		Integer number = number(form.nummer(), 1, 99);
		if (year == null) {
			errors.put("jaar", t("newsletter.issue.year.invalid", locale));
		}
		if (number == null) {
			errors.put("nummer", t("newsletter.issue.number.invalid", locale));
		}
		String theme = form.thema() == null ? "" : form.thema().strip();
		checkTheme(theme, errors, locale);
		LocalDate deadline = date(form.kopijdatum());
		LocalDate planned = date(form.verschijnt());
		checkDates(form, deadline, planned, errors, locale);
		// each null is an error in errors
		if (errors.isEmpty() && year != null && number != null && deadline != null && planned != null) {
			var id = issues.plan(year, number, theme, deadline, planned);
			if (id.isPresent()) {
				return "redirect:/beheer/nieuwsbrief/nummers/" + id.get();
			}
			errors.put("nummer", t("newsletter.issue.number.taken", locale, number, Integer.toString(year)));
		}
		model.addAttribute("page", new IssueFormPage(form, new FormErrors(errors)));
		return "newsletter/issueForm";
	}

	@GetMapping("/beheer/nieuwsbrief/stukken/nieuw")
	String newArticle(Model model) {
		CurrentAccount me = writer();
		List<String> provinces = provincesFor(me);
		ArticleForm blank = new ArticleForm("", "", "", provinces.size() == 1 && !editor() ? provinces.get(0) : "");
		model.addAttribute("page", new ArticlePage(null, blank, FormErrors.NONE, provinces, editor(), null, List.of(),
				true, true, null, null, List.of(), ""));
		return "newsletter/article";
	}

	@PostMapping("/beheer/nieuwsbrief/stukken/nieuw")
	String writeArticle(@ModelAttribute ArticleForm form, @RequestParam(required = false) String indienen, Model model,
			Locale locale) {
		CurrentAccount me = writer();
		List<String> provinces = provincesFor(me);
		Map<String, String> errors = check(form, provinces, locale);
		if (!errors.isEmpty()) {
			model.addAttribute("page", new ArticlePage(null, form, new FormErrors(errors), provinces, editor(), null,
					List.of(), true, true, null, null, List.of(), ""));
			return "newsletter/article";
		}
		long id = articles.write(form.title(), form.lead(), form.body(), form.province(), me.email(), me.displayName(),
				network.personWithEmail(me.email()).map(nl.alliantie.network.PersonId::value).orElse(null), indienen != null);
		return "redirect:/beheer/nieuwsbrief/stukken/" + id + "?melding=" + (indienen != null ? "ingediend" : "bewaard");
	}

	@GetMapping("/beheer/nieuwsbrief/stukken/{id}")
	String article(@PathVariable long id, @RequestParam(required = false) String melding, Model model) {
		Article article = visible(id);
		model.addAttribute("page", articlePage(article, ArticleForm.of(article), FormErrors.NONE, notice(melding), ""));
		return "newsletter/article";
	}

	@PostMapping("/beheer/nieuwsbrief/stukken/{id}")
	String editArticle(@PathVariable long id, @ModelAttribute ArticleForm form,
			@RequestParam(required = false) String indienen, Model model, Locale locale) {
		Article article = visible(id);
		CurrentAccount me = writer();
		Map<String, String> errors = check(form, provincesFor(me), locale);
		if (!errors.isEmpty()) {
			model.addAttribute("page", articlePage(article, form, new FormErrors(errors), null, ""));
			return "newsletter/article";
		}
		articles.edit(id, form.title(), form.lead(), form.body(), form.province(), me.email(), me.displayName(), editor());
		if (indienen != null) {
			articles.submit(id, me.email(), me.displayName());
		}
		return "redirect:/beheer/nieuwsbrief/stukken/" + id + "?melding=" + (indienen != null ? "ingediend" : "bewaard");
	}

	@PostMapping("/beheer/nieuwsbrief/stukken/{id}/indienen")
	String submit(@PathVariable long id) {
		visible(id);
		CurrentAccount me = writer();
		articles.submit(id, me.email(), me.displayName());
		return "redirect:/beheer/nieuwsbrief/stukken/" + id + "?melding=ingediend";
	}

	/**
	 * The article's picture: JPEG or PNG recognised by its content, written anew at most
	 * {@link Images#MAX_WIDTH} px wide by {@code shared.images}; a description for those who cannot see it.
	 */
	@PostMapping("/beheer/nieuwsbrief/stukken/{id}/beeld")
	String picture(@PathVariable long id, @RequestParam(name = "beeld", required = false) MultipartFile upload,
			@RequestParam(name = "beeldtekst", defaultValue = "") String description, Model model, Locale locale) {
		Article article = visible(id);
		CurrentAccount me = writer();
		Map<String, String> errors = new LinkedHashMap<>();
		Images.Picture picture = null;
		if (upload == null || upload.isEmpty()) {
			errors.put("beeld", t("newsletter.picture.required", locale));
		}
		else {
			try {
				picture = Images.scaled(upload.getBytes());
			}
			catch (Images.NotAPicture refused) {
				errors.put("beeld", t(refused.messageKey(), locale, Images.MAX_WIDTH));
			}
			catch (java.io.IOException unreadable) {
				errors.put("beeld", t("images.unreadable", locale));
			}
		}
		String alt = description.strip();
		if (alt.isEmpty()) {
			errors.put("beeldtekst", t("newsletter.picture.alt.required", locale));
		}
		else if (alt.length() > MAX_ALT) {
			errors.put("beeldtekst", t("newsletter.picture.alt.long", locale, MAX_ALT));
		}
		if (!errors.isEmpty() || picture == null) { // no picture is an error in errors
			model.addAttribute("page", articlePage(article, ArticleForm.of(article), new FormErrors(errors), null, "",
					description));
			return "newsletter/article";
		}
		articles.setPicture(id, picture, alt, me.email(), me.displayName(), editor());
		return "redirect:/beheer/nieuwsbrief/stukken/" + id + "?melding=foto";
	}

	@PostMapping("/beheer/nieuwsbrief/stukken/{id}/beeld/weg")
	String removePicture(@PathVariable long id) {
		visible(id);
		CurrentAccount me = writer();
		articles.removePicture(id, me.email(), me.displayName(), editor());
		return "redirect:/beheer/nieuwsbrief/stukken/" + id + "?melding=fotoWeg";
	}

	@PostMapping("/beheer/nieuwsbrief/stukken/{id}/accepteren")
	String accept(@PathVariable long id) {
		requireEditor();
		articles.accept(id, writer().displayName());
		return "redirect:/beheer/nieuwsbrief/stukken/" + id + "?melding=geaccepteerd";
	}

	@PostMapping("/beheer/nieuwsbrief/stukken/{id}/terugsturen")
	String sendBack(@PathVariable long id, @RequestParam(defaultValue = "") String opmerking, Model model,
			Locale locale) {
		requireEditor();
		Article article = visible(id);
		String comment = opmerking.strip();
		if (comment.isEmpty() || comment.length() > 2000) {
			model.addAttribute("page", articlePage(article, ArticleForm.of(article), new FormErrors(Map.of("opmerking",
					t(comment.isEmpty() ? "newsletter.article.comment.required" : "newsletter.article.comment.long", locale))),
					null, opmerking));
			return "newsletter/article";
		}
		articles.sendBack(id, comment, writer().displayName());
		return "redirect:/beheer/nieuwsbrief/stukken/" + id + "?melding=teruggestuurd";
	}

	@PostMapping("/beheer/nieuwsbrief/stukken/{id}/plaatsen")
	String place(@PathVariable long id, @RequestParam(defaultValue = "0") long nummer) {
		requireEditor();
		if (issues.find(nummer).isEmpty()) {
			throw new EditorialRuleBroken("newsletter.rule.unknown");
		}
		articles.place(id, nummer, writer().displayName());
		return "redirect:/beheer/nieuwsbrief/nummers/" + nummer;
	}

	private ArticlePage articlePage(Article article, ArticleForm form, FormErrors errors, @Nullable String notice, String comment) {
		return articlePage(article, form, errors, notice, comment,
				article.picture() == null ? "" : article.picture().alt());
	}

	private ArticlePage articlePage(Article article, ArticleForm form, FormErrors errors, @Nullable String notice, String comment,
			String pictureAlt) {
		CurrentAccount me = writer();
		boolean editor = editor();
		return new ArticlePage(article.id(), form, errors, provincesFor(me), editor, article,
				articles.versions(article.id()), article.editableBy(me.email(), editor),
				article.writtenBy(me.email()) && (article.status() == ArticleStatus.DRAFT || article.status() == ArticleStatus.RETURNED),
				notice, comment,
				editor && article.status() == ArticleStatus.ACCEPTED && article.issueId() == null ? issues.open() : List.of(),
				pictureAlt);
	}

	private Map<String, String> check(ArticleForm form, List<String> provinces, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (form.title().isEmpty()) {
			errors.put("titel", t("newsletter.article.title.required", locale));
		}
		else if (form.title().length() > Article.MAX_TITLE) {
			errors.put("titel", t("newsletter.article.title.long", locale, Article.MAX_TITLE));
		}
		if (form.lead().length() > Article.MAX_LEAD) {
			errors.put("inleiding", t("newsletter.article.lead.long", locale, Article.MAX_LEAD));
		}
		if (form.body().isEmpty()) {
			errors.put("tekst", t("newsletter.article.body.required", locale));
		}
		else if (form.body().length() > Article.MAX_BODY) {
			errors.put("tekst", t("newsletter.article.body.long", locale, Article.MAX_BODY, form.body().length()));
		}
		if (form.province() == null && !editor()) {
			errors.put("provincie", t("newsletter.article.province.required", locale));
		}
		else if (form.province() != null && !provinces.contains(form.province())) {
			errors.put("provincie", t("newsletter.article.province.notYours", locale));
		}
		return errors;
	}

	private void checkTheme(String theme, Map<String, String> errors, Locale locale) {
		if (theme.isEmpty()) {
			errors.put("thema", t("newsletter.issue.theme.required", locale));
		}
		else if (theme.length() > 200) {
			errors.put("thema", t("newsletter.issue.theme.long", locale));
		}
	}

	void checkDates(IssueForm form, @Nullable LocalDate deadline, @Nullable LocalDate planned, Map<String, String> errors, Locale locale) {
		if (deadline == null) {
			errors.put("kopijdatum", t("newsletter.issue.date.invalid", locale));
		}
		if (planned == null) {
			errors.put("verschijnt", t("newsletter.issue.date.invalid", locale));
		}
		if (deadline != null && planned != null && planned.isBefore(deadline)) {
			errors.put("verschijnt", t("newsletter.issue.date.beforeDeadline", locale));
		}
	}

	/** The provinces this writer may write for: all for an editor, their own for a correspondent. */
	private List<String> provincesFor(CurrentAccount me) {
		if (editor()) {
			return network.provinces().stream().map(Network.ProvinceSummary::name).toList();
		}
		Set<String> own = me.scopes(Role.CORRESPONDENT);
		return network.provinces().stream().map(Network.ProvinceSummary::name).filter(own::contains).toList();
	}

	/** The article, when this writer may see it: editors all, a correspondent their own. */
	private Article visible(long id) {
		Article article = articles.find(id).orElseThrow(() -> new EditorialRuleBroken("newsletter.rule.unknown"));
		if (!editor() && !article.writtenBy(writer().email())) {
			throw new AuthorizationDeniedException("Geen toegang");
		}
		return article;
	}

	private CurrentAccount writer() {
		CurrentAccount me = access.current().orElseThrow(() -> new AuthorizationDeniedException("Geen toegang"));
		if (!editor() && !me.has(Role.CORRESPONDENT)) {
			throw new AuthorizationDeniedException("Geen toegang");
		}
		return me;
	}

	private boolean editor() {
		return access.hasRole(Role.REDACTIE);
	}

	private void requireEditor() {
		if (!editor()) {
			throw new AuthorizationDeniedException("Geen toegang");
		}
	}

	static @Nullable Integer number(String text, int min, int max) {
		try {
			int value = Integer.parseInt(text == null ? "" : text.strip());
			return value < min || value > max ? null : value;
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	static @Nullable LocalDate date(String value) {
		return IssueDates.parse(value);
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	@Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		AdminLink newsletterDeskLink() {
			return new AdminLink("newsletter.desk.title", "newsletter.desk.description", "/beheer/nieuwsbrief", 60,
					Role.REDACTIE.name());
		}

		@Bean
		NavItem newsletterCorrespondentNavItem() {
			return NavItem.forRole(Role.CORRESPONDENT.name(), "newsletter.desk.nav", "/beheer/nieuwsbrief", 61);
		}
	}
}
