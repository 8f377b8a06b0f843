package nl.alliantie.lobby.letters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.util.UriUtils;

import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.campaigns.Campaigns;
import nl.alliantie.lobby.drafting.LocalPart;
import nl.alliantie.lobby.drafting.LocalParts;
import nl.alliantie.network.Network;
import nl.alliantie.shared.csv.Csv;
import nl.alliantie.shared.time.DutchTime;
import nl.alliantie.shared.web.FormErrors;

/**
 * The secretariat's pages for a campaign's letters: every municipality with its local part,
 * letter and response; one municipality's local part (versions, approval), letter preview and
 * PDF; the ZIP of all PDFs; starting the sending with its progress; the responses as CSV.
 */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class LetterAdminController {

	static final int PAGE_SIZE = 50;

	/** One municipality in the campaign's overview. */
	public record Line(String municipality, String province, boolean griffie, LocalPart.@Nullable Status localPart,
			LetterStore.@Nullable Row letter) {

		public String href(long campaignId) {
			return "/beheer/lobby/" + campaignId + "/gemeenten/" + UriUtils.encodePathSegment(municipality, StandardCharsets.UTF_8);
		}
	}

	public record LettersPage(Campaign campaign, List<Line> lines, @Nullable String filter, int page, boolean hasNext,
			LetterStore.Progress progress, Map<Response, Integer> responses, int localParts, int griffies, int total,
			String moment, FormErrors sendErrors, @Nullable String notice, List<ResponseMap.Tile> tiles) {

		public String href() {
			return "/beheer/lobby/" + campaign.id().value() + "/gemeenten"
					+ (filter == null || filter.isBlank() ? "" : "?zoek=" + UriUtils.encodeQueryParam(filter, StandardCharsets.UTF_8));
		}
	}

	public record ProgressPage(Campaign campaign, LetterStore.Progress progress, @Nullable Instant sendAfter) {
	}

	public record MunicipalityPage(Campaign campaign, String municipality, @Nullable String griffie, @Nullable LocalPart part,
			List<LocalParts.Version> versions, List<LocalParts.CoAuthor> helpers, LetterStore.@Nullable Row letter,
			ResponseForm responseForm, FormErrors responseErrors, @Nullable String notice) {

		public String base() {
			return "/beheer/lobby/" + campaign.id().value();
		}

		public String encoded() {
			return UriUtils.encodePathSegment(municipality, StandardCharsets.UTF_8);
		}
	}

	private final Campaigns campaigns;

	private final LocalParts parts;

	private final LetterStore store;

	private final Letters letters;

	private final LetterDocuments documents;

	private final Sending sending;

	private final Responses responses;

	private final Network network;

	private final MessageSource messages;

	private final ResponseMap map;

	LetterAdminController(Campaigns campaigns, LocalParts parts, LetterStore store, Letters letters,
			LetterDocuments documents, Sending sending, Responses responses, Network network, ResponseMap map,
			MessageSource messages) {
		this.map = map;
		this.campaigns = campaigns;
		this.parts = parts;
		this.store = store;
		this.letters = letters;
		this.documents = documents;
		this.sending = sending;
		this.responses = responses;
		this.network = network;
		this.messages = messages;
	}

	private Campaign campaign(long id) {
		return campaigns.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Network.MunicipalitySummary municipality(String name) {
		return network.municipality(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/beheer/lobby/{id}/gemeenten")
	String letters(@PathVariable long id, @RequestParam(required = false) String zoek,
			@RequestParam(defaultValue = "1") int pagina, Model model) {
		model.addAttribute("page", lettersPage(campaign(id), zoek, pagina, "", FormErrors.NONE,
				(String) model.asMap().get("notice")));
		return "lobby/letters";
	}

	private LettersPage lettersPage(Campaign campaign, @Nullable String filter, int page, String moment, FormErrors sendErrors,
			@Nullable String notice) {
		long id = campaign.id().value();
		Map<String, String> griffies = network.griffies();
		Map<String, LocalParts.Listed> localParts = parts.list(id, 1, 1000)
			.stream()
			.collect(Collectors.toMap(LocalParts.Listed::municipality, Function.identity(), (a, b) -> a));
		Map<String, LetterStore.Row> rows = store.all(id)
			.stream()
			.collect(Collectors.toMap(LetterStore.Row::municipality, Function.identity()));
		String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
		List<Network.MunicipalitySummary> all = network.municipalities();
		List<Network.MunicipalitySummary> matching = all.stream()
			.filter(m -> needle.isEmpty() || m.name().toLowerCase(Locale.ROOT).contains(needle))
			.toList();
		int current = nl.alliantie.shared.web.PageNumber.of(page);
		int from = Math.min((current - 1) * PAGE_SIZE, matching.size());
		int to = Math.min(from + PAGE_SIZE, matching.size());
		List<Line> lines = matching.subList(from, to)
			.stream()
			.map(m -> new Line(m.name(), m.province(), griffies.containsKey(m.name()),
					localParts.containsKey(m.name()) ? localParts.get(m.name()).status() : null, rows.get(m.name())))
			.toList();
		return new LettersPage(campaign, lines, filter, current, to < matching.size(), store.progress(id),
				store.responseCounts(id), localParts.size(), griffies.size(), all.size(), moment, sendErrors, notice,
				map.of(id));
	}

	@PostMapping("/beheer/lobby/{id}/verzenden")
	String send(@PathVariable long id, @RequestParam(defaultValue = "") String moment,
			@RequestParam(required = false) String bevestig, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Campaign campaign = campaign(id);
		Instant after = letters.clock().instant();
		String error = null;
		if (!moment.isBlank()) {
			try {
				after = LocalDateTime.parse(moment.strip()).atZone(DutchTime.ZONE).toInstant();
			}
			catch (DateTimeParseException e) {
				error = "lobby.send.moment.invalid";
			}
		}
		if (bevestig == null && error == null) {
			error = "lobby.send.confirm.required";
		}
		if (error != null) {
			response.setStatus(400);
			String field = error.startsWith("lobby.send.moment") ? "moment" : "bevestig";
			model.addAttribute("page", lettersPage(campaign, null, 1, moment,
					new FormErrors(Map.of(field, messages.getMessage(error, null, locale))), null));
			return "lobby/letters";
		}
		int added = sending.start(campaign, after);
		redirect.addFlashAttribute("notice", added > 0 ? "lobby.send.started" : "lobby.send.alreadyStarted");
		return "redirect:/beheer/lobby/" + id + "/gemeenten#verzenden";
	}

	@GetMapping("/beheer/lobby/{id}/voortgang")
	String progress(@PathVariable long id, Model model) {
		Campaign campaign = campaign(id);
		model.addAttribute("page", new ProgressPage(campaign, store.progress(id), store.sendAfter(id).orElse(null)));
		return "lobby/progress";
	}

	@GetMapping("/beheer/lobby/{id}/gemeenten/{naam}")
	String municipalityPage(@PathVariable long id, @PathVariable String naam, Model model) {
		Campaign campaign = campaign(id);
		String name = municipality(naam).name();
		var letter = store.find(id, name);
		model.addAttribute("page", municipalityPage(campaign, name,
				letter.map(ResponseForm::of).orElse(new ResponseForm("SENT", "", "")), FormErrors.NONE,
				(String) model.asMap().get("notice")));
		return "lobby/municipalityAdmin";
	}

	private MunicipalityPage municipalityPage(Campaign campaign, String name, ResponseForm form, FormErrors errors,
			@Nullable String notice) {
		long id = campaign.id().value();
		LocalPart part = parts.of(id, name).orElse(null);
		return new MunicipalityPage(campaign, name, network.griffieOf(name).orElse(null), part,
				part == null ? List.of() : parts.versions(part.id()), part == null ? List.of() : parts.helpers(part.id()),
				store.find(id, name).orElse(null), form, errors, notice);
	}

	@PostMapping("/beheer/lobby/{id}/gemeenten/{naam}/reactie")
	String respond(@PathVariable long id, @PathVariable String naam, @Valid @ModelAttribute("form") ResponseForm form,
			BindingResult result, @RequestParam(required = false) MultipartFile document, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Campaign campaign = campaign(id);
		String name = municipality(naam).name();
		if (store.find(id, name).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		if (!responses.record(id, name, form, document, result)) {
			response.setStatus(400);
			model.addAttribute("page", municipalityPage(campaign, name, form, FormErrors.of(result, messages, locale), null));
			return "lobby/municipalityAdmin";
		}
		redirect.addFlashAttribute("notice", "lobby.response.saved");
		return "redirect:/beheer/lobby/" + id + "/gemeenten/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
	}

	@GetMapping("/beheer/lobby/{id}/gemeenten/{naam}/antwoord")
	ResponseEntity<byte[]> answer(@PathVariable long id, @PathVariable String naam) {
		var document = store.document(id, municipality(naam).name())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.name(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(document.content());
	}

	@GetMapping(value = "/beheer/lobby/{id}/brief/{naam}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> preview(@PathVariable long id, @PathVariable String naam) {
		Campaign campaign = campaign(id);
		Letter letter = letters.of(campaign, naam).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(documents.html(letter));
	}

	@GetMapping("/beheer/lobby/{id}/pdf/{naam}")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable String naam) {
		Campaign campaign = campaign(id);
		Letter letter = letters.of(campaign, naam).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(letter.fileName()).build().toString())
			.body(documents.pdf(letter));
	}

	/** Every letter as PDF in one ZIP, for printing; written as it is made. */
	@GetMapping("/beheer/lobby/{id}/brieven.zip")
	void zip(@PathVariable long id, HttpServletResponse response) throws IOException {
		Campaign campaign = campaign(id);
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("raadsbrieven-" + campaign.year() + ".zip").build().toString());
		try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream())) {
			for (Network.MunicipalitySummary municipality : network.municipalities()) {
				Letter letter = letters.of(campaign, municipality.name()).orElseThrow();
				zip.putNextEntry(new ZipEntry(letter.fileName()));
				zip.write(documents.pdf(letter));
				zip.closeEntry();
			}
		}
	}

	@GetMapping("/beheer/lobby/{id}/reacties.csv")
	void csv(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		Campaign campaign = campaign(id);
		response.setContentType(Csv.MEDIA_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("reacties-raadsbrief-" + campaign.year() + ".csv").build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		Csv.start(out);
		Csv.row(out, List.of("gemeente", "griffie", "verzending", "verstuurd", "reactie", "datum", "notitie", "lokaal deel"));
		for (LetterStore.Row row : store.all(id)) {
			Csv.row(out, java.util.Arrays.asList(row.municipality(), row.griffieEmail(),
					messages.getMessage("lobby.state." + row.state().name(), null, locale),
					row.queuedAt() == null ? "" : LocalDate.ofInstant(row.queuedAt(), DutchTime.ZONE).toString(),
					messages.getMessage("lobby.response." + row.response().name(), null, locale),
					row.responseOn() == null ? "" : row.responseOn().toString(), row.responseNote(),
					row.localPart() ? "ja" : "nee"));
		}
		out.flush();
	}
}
