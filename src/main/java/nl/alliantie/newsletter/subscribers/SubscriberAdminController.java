package nl.alliantie.newsletter.subscribers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import nl.alliantie.accounts.Access;
import nl.alliantie.accounts.Role;

/** The editors' view of the subscribers (by status, with why an address was suspended) and the CSV import. */
@Controller
public class SubscriberAdminController {

	static final int PAGE = 50;

	static final long MAX_BYTES = 5L * 1024 * 1024;

	public record ListPage(SubscriberStatus status, List<SubscriberAdmin.Line> lines, SubscriberAdmin.Counts counts,
			int page, boolean more) {
	}

	public record ImportPage(@Nullable String problemKey, SubscriberImport.@Nullable Result result, List<String> columns) {
	}

	private final SubscriberAdmin admin;

	private final SubscriberImport imports;

	private final Access access;

	SubscriberAdminController(SubscriberAdmin admin, SubscriberImport imports, Access access) {
		this.admin = admin;
		this.imports = imports;
		this.access = access;
	}

	@GetMapping("/beheer/nieuwsbrief/abonnees")
	String list(@RequestParam(defaultValue = "CONFIRMED") String stand, @RequestParam(defaultValue = "1") int pagina,
			Model model) {
		requireEditor();
		SubscriberStatus status;
		try {
			status = SubscriberStatus.valueOf(stand);
		}
		catch (IllegalArgumentException e) {
			status = SubscriberStatus.CONFIRMED;
		}
		int page = Math.max(1, Math.min(pagina, 100_000));
		List<SubscriberAdmin.Line> lines = admin.page(status, (page - 1) * PAGE, PAGE + 1);
		model.addAttribute("page", new ListPage(status, lines.stream().limit(PAGE).toList(), admin.counts(), page,
				lines.size() > PAGE));
		return "newsletter/subscribers";
	}

	@GetMapping("/beheer/nieuwsbrief/abonnees/import")
	String importForm(Model model) {
		requireEditor();
		model.addAttribute("page", new ImportPage(null, null, SubscriberImport.COLUMNS));
		return "newsletter/import";
	}

	@PostMapping("/beheer/nieuwsbrief/abonnees/import")
	String importFile(@RequestParam(required = false) MultipartFile bestand, Model model, Locale locale)
			throws IOException {
		requireEditor();
		String problem = bestand == null || bestand.isEmpty() ? "newsletter.import.file.required"
				: bestand.getSize() > MAX_BYTES ? "newsletter.import.file.tooBig" : null;
		SubscriberImport.Result result = null;
		if (problem == null) {
			String name = bestand.getOriginalFilename() == null ? "bestand.csv" : bestand.getOriginalFilename();
			result = imports.importCsv(new String(bestand.getBytes(), StandardCharsets.UTF_8), name,
					access.current().orElseThrow().displayName(), locale);
			problem = result.problemKey();
		}
		model.addAttribute("page", new ImportPage(problem, problem == null ? result : null, SubscriberImport.COLUMNS));
		return "newsletter/import";
	}

	private void requireEditor() {
		if (!access.hasRole(Role.REDACTIE)) {
			throw new AuthorizationDeniedException("Geen toegang");
		}
	}
}
