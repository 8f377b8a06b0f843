package nl.alliantie.partners.list;

import java.io.IOException;
import java.util.LinkedHashMap;
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
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.FormErrors;

/**
 * The secretariat keeps the partners and funders: adds one with its logo (a picture checked by its
 * content and written anew; anything else is refused by the logo field with the rest of the form
 * kept), changes, orders and removes them.
 */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class PartnersAdminController {

	/** What {@code partners/admin.jte} shows. */
	public record AdminPage(List<Partner> partners, @Nullable String notice) {
	}

	/** What {@code partners/edit.jte} shows; {@code partner} is null for a new one. */
	public record EditPage(@Nullable Partner partner, PartnerForm form, FormErrors errors, List<PartnerKind> kinds) {

		public String action() {
			return partner == null ? "/beheer/partners" : "/beheer/partners/" + partner.id();
		}
	}

	private final PartnerStore store;

	private final MessageSource messages;

	PartnersAdminController(PartnerStore store, MessageSource messages) {
		this.store = store;
		this.messages = messages;
	}

	@GetMapping("/beheer/partners")
	String list(Model model) {
		model.addAttribute("page", new AdminPage(store.all(), (String) model.asMap().get("notice")));
		return "partners/admin";
	}

	@GetMapping("/beheer/partners/nieuw")
	String create(Model model) {
		model.addAttribute("page", new EditPage(null, PartnerForm.empty(), FormErrors.NONE, List.of(PartnerKind.values())));
		return "partners/edit";
	}

	@PostMapping("/beheer/partners")
	String add(@Valid @ModelAttribute PartnerForm form, BindingResult result,
			@RequestParam(name = "logo", required = false) MultipartFile upload, Model model, Locale locale,
			RedirectAttributes redirect) {
		Map<String, String> errors = errors(form, result, locale);
		Images.Picture logo = logo(upload, errors, locale);
		if (!errors.isEmpty()) {
			model.addAttribute("page", new EditPage(null, form, new FormErrors(Map.copyOf(errors)),
					List.of(PartnerKind.values())));
			return "partners/edit";
		}
		store.add(form.naam(), PartnerKind.ofSlug(form.soort()).orElseThrow(), form.website(), form.beschrijving(),
				form.plaats(), logo);
		redirect.addFlashAttribute("notice", "partners.admin.saved");
		return "redirect:/beheer/partners";
	}

	@GetMapping("/beheer/partners/{id:[0-9]{1,18}}")
	String edit(@PathVariable long id, Model model) {
		Partner partner = load(id);
		model.addAttribute("page", new EditPage(partner, PartnerForm.of(partner), FormErrors.NONE,
				List.of(PartnerKind.values())));
		return "partners/edit";
	}

	@PostMapping("/beheer/partners/{id:[0-9]{1,18}}")
	String change(@PathVariable long id, @Valid @ModelAttribute PartnerForm form, BindingResult result,
			@RequestParam(name = "logo", required = false) MultipartFile upload, Model model, Locale locale,
			RedirectAttributes redirect) {
		Partner partner = load(id);
		Map<String, String> errors = errors(form, result, locale);
		Images.Picture logo = logo(upload, errors, locale);
		if (!errors.isEmpty()) {
			model.addAttribute("page", new EditPage(partner, form, new FormErrors(Map.copyOf(errors)),
					List.of(PartnerKind.values())));
			return "partners/edit";
		}
		store.change(id, form.naam(), PartnerKind.ofSlug(form.soort()).orElseThrow(), form.website(), form.beschrijving(),
				form.plaats(), logo, Boolean.TRUE.equals(form.logoWeg()));
		redirect.addFlashAttribute("notice", "partners.admin.saved");
		return "redirect:/beheer/partners";
	}

	@PostMapping("/beheer/partners/{id:[0-9]{1,18}}/verwijderen")
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		load(id);
		store.remove(id);
		redirect.addFlashAttribute("notice", "partners.admin.removed");
		return "redirect:/beheer/partners";
	}

	private Map<String, String> errors(PartnerForm form, BindingResult result, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>(FormErrors.of(result, messages, locale).byField());
		if (PartnerKind.ofSlug(form.soort()).isEmpty()) {
			errors.putIfAbsent("soort", messages.getMessage("partners.form.kind.required", null, locale));
		}
		return errors;
	}

	private Images.@Nullable Picture logo(MultipartFile upload, Map<String, String> errors, Locale locale) {
		if (upload == null || upload.isEmpty()) {
			return null;
		}
		try {
			return Images.scaled(upload.getBytes());
		}
		catch (Images.NotAPicture refused) {
			errors.putIfAbsent("logo", messages.getMessage(refused.messageKey(), new Object[] { Images.MAX_WIDTH }, locale));
		}
		catch (IOException unreadable) {
			errors.putIfAbsent("logo", messages.getMessage("images.unreadable", null, locale));
		}
		return null;
	}

	private Partner load(long id) {
		return store.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		AdminLink partnersAdminLink() {
			return new AdminLink("partners.admin.title", "partners.admin.description", "/beheer/partners", 83,
					Role.SECRETARIAAT.name());
		}
	}
}
