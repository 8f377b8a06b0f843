package nl.alliantie.agendas.toolkit;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public toolkit: the step plan for starting a local social agenda, and its files. */
@Controller
public class ToolkitController {

	public record ToolkitPage(List<Toolkit.Step> steps, List<Toolkit.FileEntry> files) {
	}

	private final Toolkit toolkit;

	ToolkitController(Toolkit toolkit) {
		this.toolkit = toolkit;
	}

	@GetMapping("/toolkit")
	String toolkit(Model model) {
		model.addAttribute("page", new ToolkitPage(toolkit.steps(), toolkit.files()));
		return "agendas/toolkit";
	}

	/** A file as what it is, to save: never shown inline, never sniffed as something else. */
	@GetMapping("/toolkit/bestanden/{id:\\d{1,18}}")
	ResponseEntity<byte[]> file(@PathVariable long id) {
		return toolkit.download(id)
			.map(file -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.kind().contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.header("Content-Security-Policy", "sandbox; default-src 'none'")
				.contentLength(file.data().length)
				.body(file.data()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}
}
