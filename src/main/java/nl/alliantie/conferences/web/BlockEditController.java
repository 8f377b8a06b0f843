package nl.alliantie.conferences.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.conferences.editions.Block;
import nl.alliantie.conferences.editions.Days;
import nl.alliantie.conferences.editions.Edition;
import nl.alliantie.conferences.editions.Editions;
import nl.alliantie.conferences.registrations.DayChanges;
import nl.alliantie.conferences.web.EditionForms.BlockForm;
import nl.alliantie.shared.web.FormErrors;

/**
 * The secretariat changes or removes a block of an edition's program (added on
 * {@link EditionAdminController}'s page); it changes on every day, and registrants of a day whose
 * hours move are mailed.
 */
@Controller
@RequestMapping("/beheer/alliantiedagen")
@PreAuthorize("@access.isSecretariat()")
public class BlockEditController {

	/** A block of the program template to change or remove; {@code speakers} the days have in it. */
	public record BlockEditPage(Edition edition, Block block, BlockForm form, List<String> kinds, FormErrors errors,
			int days, int speakers) {
	}

	private final Editions editions;

	private final Days days;

	private final MessageSource messages;

	private final DayChanges dayChanges;

	BlockEditController(Editions editions, Days days, MessageSource messages, DayChanges dayChanges) {
		this.editions = editions;
		this.days = days;
		this.messages = messages;
		this.dayChanges = dayChanges;
	}

	@GetMapping("/{jaar:\\d{4}}/blokken/{blok:\\d+}")
	String editBlock(@PathVariable int jaar, @PathVariable long blok, Model model) {
		Edition edition = edition(jaar);
		Block block = block(edition, blok);
		model.addAttribute("page", blockEditPage(edition, block, BlockForm.of(block), FormErrors.NONE));
		return "conferences/admin/blockEdit";
	}

	@PostMapping("/{jaar:\\d{4}}/blokken/{blok:\\d+}")
	String saveBlock(@PathVariable int jaar, @PathVariable long blok, @Valid @ModelAttribute BlockForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		Edition edition = edition(jaar);
		Block block = block(edition, blok);
		if (!result.hasErrors() && !FormErrors.checked(form.blokEinde()).isAfter(FormErrors.checked(form.blokBegin()))) {
			result.rejectValue("blokEinde", "conferences.block.time.order");
		}
		if (!result.hasErrors()) {
			// the same block on every day changes with it; days whose hours move are mailed
			dayChanges.changeBlock(edition.id(), block.id(), form.blokSoort(), form.blokTitel(), form.blokBegin(),
					form.blokEinde());
			return done(jaar, redirect, "conferences.admin.notice.blockSaved");
		}
		model.addAttribute("page", blockEditPage(edition, block, form, FormErrors.of(result, messages, locale)));
		return "conferences/admin/blockEdit";
	}

	/** Removes a block from the program and from every day (with the speakers the days had in it), once confirmed. */
	@PostMapping("/{jaar:\\d{4}}/blokken/{blok:\\d+}/verwijderen")
	String deleteBlock(@PathVariable int jaar, @PathVariable long blok, @RequestParam(required = false) Boolean zeker,
			Model model, Locale locale, RedirectAttributes redirect) {
		Edition edition = edition(jaar);
		Block block = block(edition, blok);
		if (Boolean.TRUE.equals(zeker)) {
			dayChanges.removeBlock(edition.id(), block.id());
			return done(jaar, redirect, "conferences.admin.notice.blockDeleted");
		}
		String error = messages.getMessage("conferences.admin.confirm.required", null, locale);
		model.addAttribute("page", blockEditPage(edition, block, BlockForm.of(block), new FormErrors(Map.of("zeker", error))));
		return "conferences/admin/blockEdit";
	}

	private BlockEditPage blockEditPage(Edition edition, Block block, BlockForm form, FormErrors errors) {
		return new BlockEditPage(edition, block, form, Block.KINDS, errors, days.days(edition.id()).size(),
				editions.speakersInBlock(edition.id(), block.id()));
	}

	private Block block(Edition edition, long blockId) {
		return editions.block(edition.id(), blockId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String done(int year, RedirectAttributes redirect, String notice) {
		redirect.addFlashAttribute("notice", notice);
		return "redirect:/beheer/alliantiedagen/" + year;
	}

	private Edition edition(int year) {
		return editions.edition(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
