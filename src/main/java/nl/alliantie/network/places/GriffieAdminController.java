package nl.alliantie.network.places;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** The secretariat keeps the griffie address of each municipality: one by one, or by CSV import. */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class GriffieAdminController {

	/** {@code editing}: the municipality whose field has {@code error} and keeps {@code typed}. */
	public record GriffiesPage(List<Griffies.Row> rows, @Nullable String filter, int page, boolean hasNext, @Nullable String notice,
			@Nullable String editing, @Nullable String typed, @Nullable String error, List<Griffies.ImportProblem> problems, String csv) {

		public String href() {
			return "/beheer/gemeenten" + (filter == null || filter.isBlank() ? ""
					: "?zoek=" + UriUtils.encodeQueryParam(filter, StandardCharsets.UTF_8));
		}
	}

	private static final int MAX_IMPORT_BYTES = 512 * 1024;

	private static final int MAX_SEARCH = 100;

	private final Griffies griffies;

	private final Places places;

	GriffieAdminController(Griffies griffies, Places places) {
		this.griffies = griffies;
		this.places = places;
	}

	@GetMapping("/beheer/gemeenten")
	String list(@RequestParam(required = false) String zoek, @RequestParam(defaultValue = "1") int pagina, Model model) {
		model.addAttribute("page", page(zoek, pagina, (String) model.asMap().get("notice"), null, null, null, List.of(), ""));
		return "network/griffies";
	}

	@PostMapping("/beheer/gemeenten/{naam}/griffie")
	String set(@PathVariable String naam, @RequestParam(defaultValue = "") String griffie,
			@RequestParam(required = false) String zoek, @RequestParam(defaultValue = "1") int pagina, Model model,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
		var municipality = places.municipality(naam);
		if (municipality.isEmpty()) {
			response.setStatus(404);
			return list(zoek, pagina, model);
		}
		if (!griffie.isBlank() && !Griffies.valid(griffie.strip())) {
			response.setStatus(400);
			// the list shows the municipality whose address was refused, so the sentence stands beside its field
			model.addAttribute("page", page(municipality.get().name(), 1, null, municipality.get().name(), griffie,
					"network.griffies.invalid", List.of(), ""));
			return "network/griffies";
		}
		griffies.set(municipality.get().name(), griffie);
		redirect.addFlashAttribute("notice", "network.griffies.saved");
		// back to the list as it was; a search longer than any municipality's name is none (and would not fit
		// in the address the browser is sent to)
		redirect.addAttribute("zoek", zoek == null || zoek.length() > MAX_SEARCH ? "" : zoek);
		redirect.addAttribute("pagina", pagina);
		return "redirect:/beheer/gemeenten#g-" + municipality.get().name().replaceAll("[^\\p{L}\\p{N}]", "-");
	}

	@PostMapping("/beheer/gemeenten/import")
	String importCsv(@RequestParam(required = false) MultipartFile bestand, @RequestParam(defaultValue = "") String tekst,
			Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) throws IOException {
		String csv = tekst;
		if (bestand != null && !bestand.isEmpty()) {
			if (bestand.getSize() > MAX_IMPORT_BYTES) {
				response.setStatus(400);
				model.addAttribute("page", page(null, 1, null, null, null, null,
						List.of(new Griffies.ImportProblem(0, "", "network.griffies.import.tooLarge")), ""));
				return "network/griffies";
			}
			csv = new String(bestand.getBytes(), StandardCharsets.UTF_8);
		}
		if (csv.length() > MAX_IMPORT_BYTES) {
			csv = csv.substring(0, MAX_IMPORT_BYTES);
		}
		int[] imported = new int[1];
		List<Griffies.ImportProblem> problems = griffies.importCsv(csv, imported);
		if (!problems.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("page", page(null, 1, null, null, null, null, problems, tekst));
			return "network/griffies";
		}
		redirect.addFlashAttribute("notice", "network.griffies.imported");
		return "redirect:/beheer/gemeenten";
	}

	private GriffiesPage page(@Nullable String filter, int page, @Nullable String notice, @Nullable String editing, @Nullable String typed, @Nullable String error,
			List<Griffies.ImportProblem> problems, String csv) {
		int current = Math.max(1, page);
		List<Griffies.Row> rows = griffies.page(filter, current);
		boolean hasNext = rows.size() > Griffies.PAGE_SIZE;
		return new GriffiesPage(hasNext ? rows.subList(0, Griffies.PAGE_SIZE) : rows, filter, current, hasNext, notice,
				editing, typed, error, problems, csv);
	}
}
