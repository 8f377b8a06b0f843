package nl.alliantie.news.pages;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

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
	public record PageView(SitePages.SitePage page, String html, List<SitePages.SitePage> pages,
			RetentionPeriods retention) {
	}

	/** The slug of the privacy statement, below which the retention periods are shown. */
	static final String PRIVACY = "privacy";

	/** What {@code news/pageEdit.jte} shows. */
	public record EditPage(SitePages.SitePage page, PageForm form, FormErrors errors, String preview, String notice) {
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
				(String) model.asMap().get("notice")));
		return "news/pageEdit";
	}

	@PostMapping("/beheer/paginas/{slug:[a-z0-9-]{1,60}}")
	@PreAuthorize("@access.isSecretariat()")
	String save(@PathVariable String slug, @Valid @ModelAttribute PageForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		SitePages.SitePage page = load(slug);
		if (result.hasErrors()) {
			model.addAttribute("page", new EditPage(page, form, FormErrors.of(result, messages, locale),
					Markdown.toHtml(form.tekst()), null));
			return "news/pageEdit";
		}
		pages.update(slug, form);
		redirect.addFlashAttribute("notice", "news.admin.saved");
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
