package nl.alliantie.agendas.pages;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.agendas.agenda.AgendaStore;
import nl.alliantie.agendas.agenda.AgendaView;
import nl.alliantie.shared.csv.Csv;
import nl.alliantie.shared.pdf.PdfRenderer;
import nl.alliantie.shared.web.Ui;

/**
 * An agenda to take along: a printable A4 PDF (for the council and the local paper), made from the
 * same HTML as its print preview, and the CSV of its steps (Excel-safe).
 */
@Controller
public class AgendaFilesController {

	/** What {@code agendas/print.jte} renders. */
	public record PrintPage(AgendaView agenda, String url) {
	}

	private final AgendaStore store;

	private final TemplateEngine templates;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	private final nl.alliantie.shared.AlliantieProperties properties;

	private final PublicAgendas agendas;

	AgendaFilesController(AgendaStore store, TemplateEngine templates, PdfRenderer pdf, MessageSource messages,
			nl.alliantie.shared.AlliantieProperties properties, PublicAgendas agendas) {
		this.agendas = agendas;
		this.store = store;
		this.templates = templates;
		this.pdf = pdf;
		this.messages = messages;
		this.properties = properties;
	}

	private AgendaView load(String gemeente, int jaar) {
		String municipality = store.network().municipality(gemeente)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND))
			.name();
		return agendas.find(municipality, jaar).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)).agenda();
	}

	@GetMapping("/sociale-agenda/{gemeente}/{jaar:\\d{4}}/afdruk")
	String preview(@PathVariable String gemeente, @PathVariable int jaar, org.springframework.ui.Model model) {
		AgendaView agenda = load(gemeente, jaar);
		model.addAttribute("page", new PrintPage(agenda, properties.absoluteUrl(agenda.href())));
		return "agendas/print";
	}

	@GetMapping("/sociale-agenda/{gemeente}/{jaar:\\d{4}}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String gemeente, @PathVariable int jaar, @ModelAttribute("ui") Ui ui) {
		AgendaView agenda = load(gemeente, jaar);
		StringOutput html = new StringOutput();
		templates.render("agendas/print.jte",
				Map.of("ui", ui, "page", new PrintPage(agenda, properties.absoluteUrl(agenda.href()))), html);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(fileName(agenda) + ".pdf", StandardCharsets.UTF_8).build().toString())
			.body(pdf.render(html.toString()));
	}

	@GetMapping("/sociale-agenda/{gemeente}/{jaar:\\d{4}}.csv")
	void csv(@PathVariable String gemeente, @PathVariable int jaar, @ModelAttribute("ui") Ui ui,
			HttpServletResponse response) throws IOException {
		AgendaView agenda = load(gemeente, jaar);
		response.setContentType(Csv.MEDIA_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(fileName(agenda) + "-stappen.csv", StandardCharsets.UTF_8).build().toString());
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		Csv.start(out);
		Csv.row(out, Arrays.asList(ui.t("agendas.csv.number"), ui.t("agendas.step.what"), ui.t("agendas.step.party"),
				ui.t("agendas.step.due"), ui.t("agendas.step.measure"), ui.t("agendas.step.verdict"),
				ui.t("agendas.verdict.sentence"), ui.t("agendas.csv.carriedFrom"), ui.t("agendas.csv.follows")));
		for (AgendaView.Step s : agenda.steps()) {
			Csv.row(out, Arrays.asList(s.id(), s.what(), s.partyName(), s.due(),
					s.measure(), s.verdict() == null ? ui.t("agendas.verdict.open") : ui.t("agendas.verdict." + s.verdict().name()),
					s.verdictNote(), s.carriedFromYear(), s.followsYear()));
		}
		out.flush();
	}

	private static String fileName(AgendaView agenda) {
		return "sociale-agenda-" + agenda.municipality().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
				+ "-" + agenda.year();
	}
}
