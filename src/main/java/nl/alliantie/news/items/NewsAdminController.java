package nl.alliantie.news.items;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import nl.alliantie.shared.images.Images;
import nl.alliantie.shared.text.Markdown;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.FormErrors;

/**
 * The secretariat writes news: a draft first (with a preview of how it will look), then published
 * or withdrawn. A refused form comes back with a sentence by each field and everything typed kept;
 * a refused picture is said by the picture field, and the rest of the form is kept too.
 */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class NewsAdminController {

	/** What {@code news/adminList.jte} shows. */
	public record AdminListPage(List<NewsItem> items, int page, boolean hasNext, @Nullable String notice) {
	}

	/** What {@code news/edit.jte} shows; {@code item} is null for a new one. */
	public record EditPage(@Nullable NewsItem item, NewsForm form, FormErrors errors, String preview, @Nullable String notice) {

		public String action() {
			return item == null ? "/beheer/nieuws" : "/beheer/nieuws/" + item.id();
		}
	}

	private final NewsStore store;

	private final MessageSource messages;

	NewsAdminController(NewsStore store, MessageSource messages) {
		this.store = store;
		this.messages = messages;
	}

	@GetMapping("/beheer/nieuws")
	String list(@RequestParam(name = "pagina", defaultValue = "1") int page, Model model) {
		int current = Math.max(1, Math.min(page, 10_000));
		List<NewsItem> items = store.all(current);
		model.addAttribute("page", new AdminListPage(items.subList(0, Math.min(items.size(), NewsStore.PAGE_SIZE)), current,
				items.size() > NewsStore.PAGE_SIZE, (String) model.asMap().get("notice")));
		return "news/adminList";
	}

	@GetMapping("/beheer/nieuws/nieuw")
	String create(Model model) {
		model.addAttribute("page", new EditPage(null, NewsForm.empty(), FormErrors.NONE, "", null));
		return "news/edit";
	}

	@PostMapping("/beheer/nieuws")
	String create(@Valid @ModelAttribute NewsForm form, BindingResult result,
			@RequestParam(name = "beeld", required = false) MultipartFile upload, Model model, Locale locale,
			RedirectAttributes redirect) {
		Checked checked = check(form, result, upload, locale);
		if (checked.errors().any()) {
			model.addAttribute("page", new EditPage(null, form, checked.errors(), Markdown.toHtml(form.tekst()), null));
			return "news/edit";
		}
		long id = store.create(form, checked.picture());
		redirect.addFlashAttribute("notice", "news.admin.saved");
		return "redirect:/beheer/nieuws/" + id;
	}

	@GetMapping("/beheer/nieuws/{id:\\d+}")
	String edit(@PathVariable long id, Model model) {
		NewsItem item = load(id);
		model.addAttribute("page", new EditPage(item, NewsForm.of(item), FormErrors.NONE, Markdown.toHtml(item.body()),
				(String) model.asMap().get("notice")));
		return "news/edit";
	}

	@PostMapping("/beheer/nieuws/{id:\\d+}")
	String update(@PathVariable long id, @Valid @ModelAttribute NewsForm form, BindingResult result,
			@RequestParam(name = "beeld", required = false) MultipartFile upload, Model model, Locale locale,
			RedirectAttributes redirect) {
		NewsItem item = load(id);
		Checked checked = check(form, result, upload, locale);
		if (checked.errors().any()) {
			model.addAttribute("page", new EditPage(item, form, checked.errors(), Markdown.toHtml(form.tekst()), null));
			return "news/edit";
		}
		store.update(id, form, checked.picture(), form.removePicture());
		redirect.addFlashAttribute("notice", "news.admin.saved");
		return "redirect:/beheer/nieuws/" + id;
	}

	@PostMapping("/beheer/nieuws/{id:\\d+}/publiceren")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		return setStatus(id, NewsItem.Status.PUBLISHED, "news.admin.published", redirect);
	}

	@PostMapping("/beheer/nieuws/{id:\\d+}/intrekken")
	String withdraw(@PathVariable long id, RedirectAttributes redirect) {
		return setStatus(id, NewsItem.Status.DRAFT, "news.admin.withdrawn", redirect);
	}

	private String setStatus(long id, NewsItem.Status status, String notice, RedirectAttributes redirect) {
		load(id);
		store.setStatus(id, status);
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/beheer/nieuws/" + id;
	}

	@PostMapping("/beheer/nieuws/{id:\\d+}/verwijderen")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		load(id);
		redirect.addFlashAttribute("notice", store.delete(id) ? "news.admin.deleted" : "news.admin.notDeleted");
		return "redirect:/beheer/nieuws";
	}

	@GetMapping("/beheer/nieuws/{id:\\d+}/beeld")
	org.springframework.http.ResponseEntity<byte[]> picture(@PathVariable long id) {
		return NewsController.serve(store.picture(id, false));
	}

	private record Checked(FormErrors errors, Images.@Nullable Picture picture) {
	}

	private Checked check(NewsForm form, BindingResult result, MultipartFile upload, Locale locale) {
		Map<String, String> errors = new java.util.LinkedHashMap<>(FormErrors.of(result, messages, locale).byField());
		Images.Picture picture = null;
		if (upload != null && !upload.isEmpty()) {
			try {
				picture = Images.scaled(upload.getBytes());
			}
			catch (Images.NotAPicture refused) {
				errors.putIfAbsent("beeld", messages.getMessage(refused.messageKey(), new Object[] { Images.MAX_WIDTH }, locale));
			}
			catch (IOException unreadable) {
				errors.putIfAbsent("beeld", messages.getMessage("images.unreadable", null, locale));
			}
			if (picture != null && form.beeldtekst().isBlank()) {
				errors.putIfAbsent("beeldtekst", messages.getMessage("news.form.alt.required", null, locale));
			}
		}
		return new Checked(new FormErrors(java.util.Collections.unmodifiableMap(errors)), picture);
	}

	private NewsItem load(long id) {
		return store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		AdminLink newsAdminLink() {
			return new AdminLink("news.admin.title", "news.admin.description", "/beheer/nieuws", 80, Role.SECRETARIAAT.name());
		}
	}
}
