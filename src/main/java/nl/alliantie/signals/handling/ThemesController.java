package nl.alliantie.signals.handling;

import org.jspecify.annotations.Nullable;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.accounts.Role;
import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.FormErrors;

/**
 * The secretariat keeps the list of themes: adds, renames, orders and removes unused ones. A
 * refused change shows the page again with the message next to the field and the typed text kept.
 */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class ThemesController {

	/** What {@code signals/themes.jte} shows; {@code typed} holds what was typed in a refused form. */
	public record ThemesPage(List<Themes.Theme> themes, Map<String, Long> used, FormErrors errors,
			Map<String, String> typed, @Nullable String notice) {

		public String value(String field, String stored) {
			return typed.getOrDefault(field, stored);
		}
	}

	private final Themes themes;

	private final MessageSource messages;

	ThemesController(Themes themes, MessageSource messages) {
		this.themes = themes;
		this.messages = messages;
	}

	@GetMapping("/beheer/signalen/themas")
	String show(Model model) {
		return page(model, FormErrors.NONE, Map.of(), (String) model.asMap().get("notice"));
	}

	@PostMapping("/beheer/signalen/themas")
	String add(@RequestParam(defaultValue = "") String naam, @RequestParam(defaultValue = "") String engels, Model model,
			RedirectAttributes redirect) {
		return attempt(() -> themes.add(naam, engels), Map.of("naam", naam, "engels", engels), model, redirect,
				"signals.themes.added");
	}

	@PostMapping("/beheer/signalen/themas/{key}/naam")
	String rename(@PathVariable String key, @RequestParam Map<String, String> sent, Model model,
			RedirectAttributes redirect) {
		// the field is named after its theme (one form per theme on the page, each label unique)
		String naam = sent.getOrDefault("naam-" + key, sent.getOrDefault("naam", ""));
		String engels = sent.getOrDefault("engels-" + key, sent.get("engels"));
		return attempt(() -> themes.rename(key, naam, engels),
				Map.of("naam-" + key, naam, "engels-" + key, engels == null ? "" : engels),
				model, redirect, "signals.themes.saved");
	}

	@PostMapping("/beheer/signalen/themas/{key}/omhoog")
	String up(@PathVariable String key) {
		themes.move(key, -1);
		return "redirect:/beheer/signalen/themas#thema-" + key;
	}

	@PostMapping("/beheer/signalen/themas/{key}/omlaag")
	String down(@PathVariable String key) {
		themes.move(key, 1);
		return "redirect:/beheer/signalen/themas#thema-" + key;
	}

	@PostMapping("/beheer/signalen/themas/{key}/verwijderen")
	String remove(@PathVariable String key, Model model, RedirectAttributes redirect) {
		return attempt(() -> themes.remove(key), Map.of(), model, redirect, "signals.themes.removed");
	}

	private String attempt(Runnable change, Map<String, String> typed, Model model, RedirectAttributes redirect,
			String notice) {
		try {
			change.run();
		}
		catch (Themes.Refused refused) {
			String text = messages.getMessage(refused.messageKey(), new Object[] { Themes.MAX_NAME },
					LocaleContextHolder.getLocale());
			return page(model, new FormErrors(Map.of(refused.field(), text)), typed, null);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/beheer/signalen/themas";
	}

	private String page(Model model, FormErrors errors, Map<String, String> typed, @Nullable String notice) {
		model.addAttribute("page", new ThemesPage(themes.all(), themes.use(), errors, typed, notice));
		return "signals/themes";
	}

	@Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		AdminLink signalsThemesAdminLink() {
			return new AdminLink("signals.themes.title", "signals.themes.description", "/beheer/signalen/themas", 52,
					Role.SECRETARIAAT.name());
		}
	}
}
