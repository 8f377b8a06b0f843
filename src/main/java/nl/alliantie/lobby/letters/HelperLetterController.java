package nl.alliantie.lobby.letters;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.campaigns.Campaigns;
import nl.alliantie.lobby.drafting.LocalPart;
import nl.alliantie.lobby.drafting.LocalParts;
import nl.alliantie.shared.web.FormErrors;

/**
 * What a local group's personal link opens besides its draft: the preview of its own
 * municipality's letter (with the draft as it stands), and, once the letter went out, the
 * council's response. The municipality comes from the link, never from the address.
 */
@Controller
public class HelperLetterController {

	public record HelperResponsePage(String token, Campaign campaign, String municipality, LetterStore.@Nullable Row letter,
			ResponseForm form, FormErrors errors, boolean saved) {
	}

	private final LocalParts parts;

	private final Campaigns campaigns;

	private final Letters letters;

	private final LetterDocuments documents;

	private final LetterStore store;

	private final Responses responses;

	private final MessageSource messages;

	HelperLetterController(LocalParts parts, Campaigns campaigns, Letters letters, LetterDocuments documents,
			LetterStore store, Responses responses, MessageSource messages) {
		this.parts = parts;
		this.campaigns = campaigns;
		this.letters = letters;
		this.documents = documents;
		this.store = store;
		this.responses = responses;
		this.messages = messages;
	}

	private LocalPart partOf(String token) {
		return parts.helperOf(token)
			.flatMap(helper -> parts.find(helper.localPartId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping(value = "/lobby/meeschrijven/{token}/brief", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> preview(@PathVariable String token) {
		LocalPart part = partOf(token);
		Campaign campaign = campaigns.find(part.campaignId()).orElseThrow();
		Letter letter = letters.draftOf(campaign, part).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("X-Robots-Tag", "noindex")
			.body(documents.html(letter));
	}

	@GetMapping("/lobby/meeschrijven/{token}/reactie")
	String responseForm(@PathVariable String token, @RequestParam(required = false) String opgeslagen, Model model) {
		LocalPart part = partOf(token);
		Campaign campaign = campaigns.find(part.campaignId()).orElseThrow();
		var letter = store.find(campaign.id().value(), part.municipality()).orElse(null);
		model.addAttribute("page", new HelperResponsePage(token, campaign, part.municipality(), letter,
				letter == null ? new ResponseForm("SENT", "", "") : ResponseForm.of(letter), FormErrors.NONE, opgeslagen != null));
		return "lobby/helperResponse";
	}

	@PostMapping("/lobby/meeschrijven/{token}/reactie")
	String respond(@PathVariable String token, @Valid @ModelAttribute("form") ResponseForm form, BindingResult result,
			@RequestParam(required = false) MultipartFile document, Model model, Locale locale,
			HttpServletResponse response) {
		LocalPart part = partOf(token);
		Campaign campaign = campaigns.find(part.campaignId()).orElseThrow();
		var letter = store.find(campaign.id().value(), part.municipality()).orElse(null);
		if (letter == null || letter.state() == LetterState.WAITING) {
			response.setStatus(409);
			model.addAttribute("page", new HelperResponsePage(token, campaign, part.municipality(), null, form,
					FormErrors.NONE, false));
			return "lobby/helperResponse";
		}
		if (!responses.record(campaign.id().value(), part.municipality(), form, document, result)) {
			response.setStatus(400);
			model.addAttribute("page", new HelperResponsePage(token, campaign, part.municipality(), letter, form,
					FormErrors.of(result, messages, locale), false));
			return "lobby/helperResponse";
		}
		return "redirect:/lobby/meeschrijven/" + token + "/reactie?opgeslagen";
	}
}
