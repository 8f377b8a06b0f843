package nl.alliantie.news.pages;

import java.util.List;
import java.util.Locale;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.accounts.Role;
import nl.alliantie.shared.retention.RetentionPeriods;
import nl.alliantie.shared.text.Markdown;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.shared.web.NavItem;

/**
 * The pages about the alliance: public under {@code /over} (the pages listed in their order, each
 * with the others beside it), edited by the secretariat under {@code /beheer/paginas}.
 */
@Controller
public class PagesController {

	/**
	 * What {@code news/page.jte} shows: the page ({@code null} on the index), its HTML and all pages;
	 * on the privacy statement also the retention periods this installation applies.
	 */
	public record PageView(SitePages.@Nullable SitePage page, String html, List<SitePages.SitePage> pages,
			@Nullable RetentionPeriods retention) {
	}

	/** The slug of the privacy statement, below which the retention periods are shown. */
	static final String PRIVACY = "privacy";

	/** What {@code news/pageEdit.jte} shows: the form, and the page's saved versions, newest first. */
	public record EditPage(SitePages.SitePage page, PageForm form, FormErrors errors, String preview, @Nullable String notice,
			List<SitePages.Version> versions, List<PagePlace> places) {
	}

	/** What {@code news/pageVersion.jte} shows: an earlier text of a page, to read and put back. */
	public record VersionPage(SitePages.SitePage page, SitePages.Version version, String html) {
	}

	private final SitePages pages;

	private final MessageSource messages;

	private final RetentionPeriods retention;

	PagesController(SitePages pages, MessageSource messages, RetentionPeriods retention) {
		this.pages = pages;
		this.retention = retention;
		this.messages = messages;
	}

	@GetMapping("/over")
	String index(Model model) {
		model.addAttribute("page", new PageView(null, "", pages.all(), null));
		return "news/page";
	}

	@GetMapping("/over/{slug:[a-z0-9-]{1,60}}")
	String show(@PathVariable String slug, Model model) {
		List<SitePages.SitePage> all = pages.all();
		SitePages.SitePage page = all.stream().filter(p -> p.slug().equals(slug)).findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", new PageView(page, Markdown.toHtml(page.body()), all,
				PRIVACY.equals(slug) ? retention : null));
		return "news/page";
	}

	@GetMapping("/beheer/paginas")
	@PreAuthorize("@access.isSecretariat()")
	String admin(Model model) {
		model.addAttribute("page", new PageView(null, "", pages.all(), null));
		return "news/pageList";
	}

	@GetMapping("/beheer/paginas/{slug:[a-z0-9-]{1,60}}")
	@PreAuthorize("@access.isSecretariat()")
	String edit(@PathVariable String slug, Model model) {
		SitePages.SitePage page = load(slug);
		model.addAttribute("page", new EditPage(page, PageForm.of(page), FormErrors.NONE, Markdown.toHtml(page.body()),
				(String) model.asMap().get("notice"), pages.versions(slug), List.of(PagePlace.values())));
		return "news/pageEdit";
	}

	@PostMapping("/beheer/paginas/{slug:[a-z0-9-]{1,60}}")
	@PreAuthorize("@access.isSecretariat()")
	String save(@PathVariable String slug, @Valid @ModelAttribute PageForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		SitePages.SitePage page = load(slug);
		PageForm placed = form.placedLike(page);
		java.util.Map<String, String> errors = new java.util.LinkedHashMap<>(FormErrors.of(result, messages, locale).byField());
		if (!placed.placeKnown()) {
			errors.putIfAbsent("plek", messages.getMessage("news.page.place.required", null, locale));
		}
		if (!errors.isEmpty()) {
			model.addAttribute("page", new EditPage(page, placed, new FormErrors(java.util.Map.copyOf(errors)),
					Markdown.toHtml(form.tekst()), null, pages.versions(slug), List.of(PagePlace.values())));
			return "news/pageEdit";
		}
		pages.update(slug, placed);
		redirect.addFlashAttribute("notice", "news.admin.saved");
		return "redirect:/beheer/paginas/" + slug;
	}

	@GetMapping("/beheer/paginas/{slug:[a-z0-9-]{1,60}}/versies/{version:[0-9]{1,6}}")
	@PreAuthorize("@access.isSecretariat()")
	String version(@PathVariable String slug, @PathVariable int version, Model model) {
		SitePages.SitePage page = load(slug);
		SitePages.Version found = pages.version(slug, version)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", new VersionPage(page, found, Markdown.toHtml(found.body())));
		return "news/pageVersion";
	}

	@PostMapping("/beheer/paginas/{slug:[a-z0-9-]{1,60}}/versies/{version:[0-9]{1,6}}/terugzetten")
	@PreAuthorize("@access.isSecretariat()")
	String restore(@PathVariable String slug, @PathVariable int version, RedirectAttributes redirect) {
		load(slug);
		if (!pages.restore(slug, version)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "news.page.restored");
		return "redirect:/beheer/paginas/" + slug;
	}

	private SitePages.SitePage load(String slug) {
		return pages.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		NavItem aboutNavItem() {
			return NavItem.everyone("news.pages.nav", "/over", 90);
		}

		@Bean
		AdminLink pagesAdminLink() {
			return new AdminLink("news.pages.admin.title", "news.pages.admin.description", "/beheer/paginas", 81,
					Role.SECRETARIAAT.name());
		}
	}
}
