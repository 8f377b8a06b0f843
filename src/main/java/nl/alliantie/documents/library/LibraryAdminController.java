package nl.alliantie.documents.library;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
import nl.alliantie.documents.DocumentKind;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.shared.web.PageNumber;
import nl.alliantie.shared.files.FileKind;

/**
 * The secretariat keeps the library: uploads a file with what it is (refused by the file field,
 * with the rest of the form kept, when its content is not one of the kinds taken, is not what its
 * name says or is too large), changes what the library says of it, removes it. Entries listed from
 * other modules are changed there, not here.
 */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class LibraryAdminController {

	/** What {@code documents/admin.jte} shows. */
	public record AdminPage(List<Document> documents, int page, boolean hasNext, @Nullable String notice) {
	}

	/** What {@code documents/edit.jte} shows; {@code document} is null for a new upload. */
	public record EditPage(@Nullable Document document, DocumentForm form, FormErrors errors, List<DocumentKind> kinds,
			@Nullable String notice) {

		public String action() {
			return document == null ? "/beheer/documenten" : "/beheer/documenten/" + document.id();
		}
	}

	private final DocumentStore store;

	private final MessageSource messages;

	private final Clock clock;

	LibraryAdminController(DocumentStore store, MessageSource messages, Clock clock) {
		this.store = store;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/beheer/documenten")
	String list(@RequestParam(name = "pagina", defaultValue = "1") String pagina, Model model) {
		int page = PageNumber.of(pagina.matches("[0-9]{1,6}") ? Integer.parseInt(pagina) : 1);
		List<Document> found = store.page(new DocumentStore.Filter("", null, null, ""),
				(page - 1) * LibraryController.PAGE_SIZE, LibraryController.PAGE_SIZE + 1);
		model.addAttribute("page", new AdminPage(found.subList(0, Math.min(found.size(), LibraryController.PAGE_SIZE)),
				page, found.size() > LibraryController.PAGE_SIZE, (String) model.asMap().get("notice")));
		return "documents/admin";
	}

	@GetMapping("/beheer/documenten/nieuw")
	String create(Model model) {
		model.addAttribute("page", new EditPage(null, DocumentForm.empty(LocalDate.now(clock).getYear()),
				FormErrors.NONE, List.of(DocumentKind.values()), null));
		return "documents/edit";
	}

	@PostMapping("/beheer/documenten")
	String upload(@Valid @ModelAttribute DocumentForm form, BindingResult result,
			@RequestParam(name = "bestand", required = false) MultipartFile upload, Model model, Locale locale,
			RedirectAttributes redirect) {
		Map<String, String> errors = errors(form, result, locale);
		Optional<FileKind> kind = Optional.empty();
		byte[] content = null;
		if (upload == null || upload.isEmpty()) {
			errors.putIfAbsent("bestand", messages.getMessage("documents.form.file.required", null, locale));
		}
		else if (upload.getSize() > DocumentStore.MAX_BYTES) {
			errors.putIfAbsent("bestand", messages.getMessage("documents.form.file.tooLarge",
					new Object[] { DocumentStore.MAX_BYTES / (1024 * 1024) }, locale));
		}
		else {
			try {
				content = upload.getBytes();
				kind = FileKind.detect(content);
			}
			catch (IOException unreadable) {
				content = null;
			}
			if (kind.isEmpty()) {
				errors.putIfAbsent("bestand", messages.getMessage("documents.form.file.kind", null, locale));
			}
			else if (!kind.get().named(upload.getOriginalFilename())) {
				errors.putIfAbsent("bestand", messages.getMessage("documents.form.file.misnamed",
						new Object[] { kind.get().name() }, locale));
			}
		}
		if (!errors.isEmpty() || content == null) { // no content without an error of the file field
			model.addAttribute("page", new EditPage(null, form, new FormErrors(Map.copyOf(errors)),
					List.of(DocumentKind.values()), null));
			return "documents/edit";
		}
		long id = store.upload(form.kind(), form.jaar(), form.thema(), form.titel(), form.beschrijving(), kind.get(),
				FileKind.safeName(upload.getOriginalFilename(), kind.get(), "document"), content);
		redirect.addFlashAttribute("notice", "documents.admin.saved");
		return "redirect:/beheer/documenten/" + id;
	}

	@GetMapping("/beheer/documenten/{id:[0-9]{1,18}}")
	String edit(@PathVariable long id, Model model) {
		Document document = load(id);
		model.addAttribute("page", new EditPage(document, DocumentForm.of(document), FormErrors.NONE,
				List.of(DocumentKind.values()), (String) model.asMap().get("notice")));
		return "documents/edit";
	}

	@PostMapping("/beheer/documenten/{id:[0-9]{1,18}}")
	String describe(@PathVariable long id, @Valid @ModelAttribute DocumentForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		Document document = load(id);
		Map<String, String> errors = errors(form, result, locale);
		if (!errors.isEmpty() || !document.uploaded()) {
			model.addAttribute("page", new EditPage(document, form, new FormErrors(Map.copyOf(errors)),
					List.of(DocumentKind.values()), document.uploaded() ? null : "documents.admin.elsewhere"));
			return "documents/edit";
		}
		store.describe(id, form.kind(), form.jaar(), form.thema(), form.titel(), form.beschrijving());
		redirect.addFlashAttribute("notice", "documents.admin.saved");
		return "redirect:/beheer/documenten/" + id;
	}

	@PostMapping("/beheer/documenten/{id:[0-9]{1,18}}/verwijderen")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		load(id);
		redirect.addFlashAttribute("notice", store.remove(id) ? "documents.admin.removed" : "documents.admin.elsewhere");
		return "redirect:/beheer/documenten";
	}

	private Map<String, String> errors(DocumentForm form, BindingResult result, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(result, messages, locale).byField());
		if (DocumentKind.ofSlug(form.soort()).isEmpty()) {
			errors.putIfAbsent("soort", messages.getMessage("documents.form.kind.required", null, locale));
		}
		return errors;
	}

	private Document load(long id) {
		return store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		AdminLink documentsAdminLink() {
			return new AdminLink("documents.admin.title", "documents.admin.description", "/beheer/documenten", 82,
					Role.SECRETARIAAT.name());
		}
	}
}
