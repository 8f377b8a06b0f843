package nl.alliantie.network.imports;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.accounts.Role;
import nl.alliantie.network.people.Audit;
import nl.alliantie.shared.csv.Csv;
import nl.alliantie.shared.web.AdminLink;

/** Upload, preview, confirm and follow an import of organisations or people. */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class ImportController {

	// the servlet container refuses larger uploads by default (spring.servlet.multipart.max-file-size)
	static final int MAX_BYTES = 1024 * 1024;

	static final int SHOWN = 500;

	/** {@code error}: a text key, filled in with {@code line}. */
	public record UploadPage(@Nullable String error, int line, List<String> organisationColumns, List<String> personColumns) {
	}

	public record PreviewPage(long id, String fileName, ImportCheck.Kind kind, int total, int ready,
			List<ImportCheck.Finding> errors, int errorCount, List<ImportCheck.Finding> duplicates, int duplicateCount,
			boolean importable, boolean changed, List<String> ignoredColumns) {
	}

	public record ProgressPage(long id, String fileName, String status, int total, int done, int skipped) {

		public boolean running() {
			return "BEZIG".equals(status);
		}

		public int percent() {
			return total == 0 ? 100 : Math.min(100, done * 100 / total);
		}
	}

	private final Importer importer;

	private final ImportCheck check;

	private final Audit audit;

	ImportController(Importer importer, ImportCheck check, Audit audit) {
		this.importer = importer;
		this.check = check;
		this.audit = audit;
	}

	@GetMapping("/beheer/import")
	String form(Model model) {
		model.addAttribute("page", uploadPage(null));
		return "network/import";
	}

	@PostMapping("/beheer/import")
	String upload(@RequestParam(defaultValue = "") String soort, @RequestParam(required = false) MultipartFile bestand,
			Model model) throws IOException {
		ImportCheck.Kind kind = "personen".equals(soort) ? ImportCheck.Kind.PERSONEN
				: "organisaties".equals(soort) ? ImportCheck.Kind.ORGANISATIES : null;
		String error = kind == null ? "network.import.kind.required"
				: bestand == null || bestand.isEmpty() ? "network.import.file.required"
						: bestand.getSize() > MAX_BYTES ? "network.import.file.tooBig" : null;
		if (error != null || kind == null) { // no kind is an error
			model.addAttribute("page", uploadPage(error));
			return "network/import";
		}
		String text;
		try {
			text = Csv.decode(bestand.getBytes());
			Csv.parse(text);
		}
		catch (Csv.Unreadable e) {
			model.addAttribute("page", new UploadPage(e.key(), e.line(), ImportCheck.ORGANISATION_COLUMNS,
					ImportCheck.PERSON_COLUMNS));
			return "network/import";
		}
		long id = importer.upload(kind, bestand.getOriginalFilename(), text, audit.actor("secretariaat"));
		return "redirect:/beheer/import/" + id;
	}

	@GetMapping("/beheer/import/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) String gewijzigd, Model model) {
		Importer.Upload upload = importer.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if ("VOORBEELD".equals(upload.status())) {
			ImportCheck.Result result = check.check(upload.kind(), upload.content());
			model.addAttribute("page", new PreviewPage(id, upload.fileName(), upload.kind(), result.total(),
					result.ready(), result.errors().stream().limit(SHOWN).toList(), result.errors().size(),
					result.duplicates().stream().limit(SHOWN).toList(), result.duplicates().size(),
					result.importable(), gewijzigd != null, ImportCheck.ignoredColumns(upload.kind(), upload.content())));
			return "network/importPreview";
		}
		model.addAttribute("page", progress(upload));
		return "network/importProgress";
	}

	@GetMapping("/beheer/import/{id}/voortgang")
	String progressFragment(@PathVariable long id, Model model) {
		Importer.Upload upload = importer.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("page", progress(upload));
		return "network/importStatus";
	}

	@PostMapping("/beheer/import/{id}/bevestigen")
	String confirm(@PathVariable long id) {
		importer.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean started = importer.confirm(id, audit.actor("secretariaat") + " (import " + id + ")");
		return "redirect:/beheer/import/" + id + (started ? "" : "?gewijzigd");
	}

	private ProgressPage progress(Importer.Upload upload) {
		int done = "BEZIG".equals(upload.status()) ? importer.progress(upload.id()) : upload.imported();
		return new ProgressPage(upload.id(), upload.fileName(), upload.status(), upload.total(), done, upload.skipped());
	}

	private static UploadPage uploadPage(@Nullable String error) {
		return new UploadPage(error, 0, ImportCheck.ORGANISATION_COLUMNS, ImportCheck.PERSON_COLUMNS);
	}

	@Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		AdminLink networkImportAdminLink() {
			return new AdminLink("network.import.title", "network.import.description", "/beheer/import", 40,
					Role.SECRETARIAAT.name());
		}
	}
}
