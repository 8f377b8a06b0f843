package nl.alliantie.agendas.toolkit;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
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

import nl.alliantie.accounts.Access;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.shared.files.FileKind;

/**
 * The secretariat keeps the toolkit: the steps of the plan (added, changed, reordered by their
 * number, removed) and its files (uploaded when they are what their name says, removed).
 */
@Controller
public class ToolkitAdminController {

	/** {@code failed}: which form the errors belong to ({@code stap} or {@code bestand}). */
	public record ToolkitAdminPage(List<Toolkit.Step> steps, List<Toolkit.FileEntry> files, ToolkitStepForm step,
			String fileTitle, @Nullable String failed, FormErrors errors, @Nullable String notice) {

		public FormErrors errorsOf(String form) {
			return form.equals(failed) ? errors : FormErrors.NONE;
		}
	}

	public record StepPage(long id, ToolkitStepForm form, FormErrors errors) {
	}

	private final Toolkit toolkit;

	private final Access access;

	private final MessageSource messages;

	ToolkitAdminController(Toolkit toolkit, Access access, MessageSource messages) {
		this.toolkit = toolkit;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/beheer/toolkit")
	String page(Model model) {
		access.requireSecretariat();
		model.addAttribute("page", page(null, "", null, FormErrors.NONE, (String) model.asMap().get("notice")));
		return "agendas/toolkitAdmin";
	}

	@PostMapping("/beheer/toolkit/stappen")
	String addStep(@Valid @ModelAttribute("form") ToolkitStepForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		access.requireSecretariat();
		if (result.hasErrors()) {
			model.addAttribute("page", page(form, "", "stap", FormErrors.of(result, messages, locale), null));
			return "agendas/toolkitAdmin";
		}
		toolkit.addStep(form.position(), form.titel(), form.tekst());
		redirect.addFlashAttribute("notice", "agendas.toolkit.stepSaved");
		return "redirect:/beheer/toolkit";
	}

	@GetMapping("/beheer/toolkit/stappen/{id:\\d{1,18}}")
	String step(@PathVariable long id, Model model) {
		access.requireSecretariat();
		model.addAttribute("page", new StepPage(id, ToolkitStepForm.of(find(id)), FormErrors.NONE));
		return "agendas/toolkitStep";
	}

	@PostMapping("/beheer/toolkit/stappen/{id:\\d{1,18}}")
	String changeStep(@PathVariable long id, @Valid @ModelAttribute("form") ToolkitStepForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		access.requireSecretariat();
		find(id);
		if (result.hasErrors()) {
			model.addAttribute("page", new StepPage(id, form, FormErrors.of(result, messages, locale)));
			return "agendas/toolkitStep";
		}
		toolkit.changeStep(id, form.position(), form.titel(), form.tekst());
		redirect.addFlashAttribute("notice", "agendas.toolkit.stepSaved");
		return "redirect:/beheer/toolkit";
	}

	@PostMapping("/beheer/toolkit/stappen/{id:\\d{1,18}}/verwijderen")
	String removeStep(@PathVariable long id, RedirectAttributes redirect) {
		access.requireSecretariat();
		if (!toolkit.removeStep(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "agendas.toolkit.stepRemoved");
		return "redirect:/beheer/toolkit";
	}

	@PostMapping("/beheer/toolkit/bestanden")
	String upload(@RequestParam(name = "bestandTitel", defaultValue = "") String title,
			@RequestParam(name = "bestand", required = false) MultipartFile upload, Model model, Locale locale,
			RedirectAttributes redirect) {
		access.requireSecretariat();
		Map<String, String> errors = new LinkedHashMap<>();
		if (title.isBlank()) {
			errors.put("bestandTitel", messages.getMessage("agendas.toolkit.title.required", null, locale));
		}
		else if (title.length() > 200) {
			errors.put("bestandTitel", messages.getMessage("agendas.form.size", null, locale));
		}
		Optional<FileKind> kind = Optional.empty();
		byte[] content = null;
		if (upload == null || upload.isEmpty()) {
			errors.put("bestand", messages.getMessage("agendas.toolkit.file.required", null, locale));
		}
		else if (upload.getSize() > Toolkit.MAX_BYTES) {
			errors.put("bestand", messages.getMessage("agendas.toolkit.file.tooLarge",
					new Object[] { Toolkit.MAX_BYTES / (1024 * 1024) }, locale));
		}
		else {
			try {
				content = upload.getBytes();
				kind = FileKind.detect(content, FileKind.DOCUMENTS);
			}
			catch (IOException unreadable) {
				kind = Optional.empty();
			}
			if (kind.isEmpty()) {
				errors.put("bestand", messages.getMessage("agendas.toolkit.file.kind", null, locale));
			}
			else if (!kind.get().named(upload.getOriginalFilename())) {
				errors.put("bestand", messages.getMessage("agendas.toolkit.file.misnamed",
						new Object[] { kind.get().name() }, locale));
			}
		}
		if (!errors.isEmpty() || content == null) { // no content without an error of the file field
			model.addAttribute("page", page(null, title, "bestand", new FormErrors(Map.copyOf(errors)), null));
			return "agendas/toolkitAdmin";
		}
		toolkit.addFile(title, upload.getOriginalFilename(), kind.get(), content);
		redirect.addFlashAttribute("notice", "agendas.toolkit.fileSaved");
		return "redirect:/beheer/toolkit";
	}

	@PostMapping("/beheer/toolkit/bestanden/{id:\\d{1,18}}/verwijderen")
	String removeFile(@PathVariable long id, RedirectAttributes redirect) {
		access.requireSecretariat();
		if (!toolkit.removeFile(id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "agendas.toolkit.fileRemoved");
		return "redirect:/beheer/toolkit";
	}

	private Toolkit.Step find(long id) {
		return toolkit.steps().stream().filter(step -> step.id() == id).findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ToolkitAdminPage page(@Nullable ToolkitStepForm step, String fileTitle, @Nullable String failed, FormErrors errors, @Nullable String notice) {
		List<Toolkit.Step> steps = toolkit.steps();
		ToolkitStepForm form = step != null ? step
				: ToolkitStepForm.next(steps.stream().mapToInt(Toolkit.Step::position).max().orElse(0) + 1);
		return new ToolkitAdminPage(steps, toolkit.files(), form, fileTitle, failed, errors, notice);
	}
}
