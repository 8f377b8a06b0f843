package nl.alliantie.lobby.letters;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.pdf.PdfRenderer;
import nl.alliantie.shared.web.Ui;

/** A letter as an HTML document (the browser preview) and the same document as an A4 PDF. */
@Component
public class LetterDocuments {

	/** Letters to Dutch councils are in Dutch, whatever language the secretariat reads the site in. */
	static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final TemplateEngine templates;

	private final PdfRenderer pdf;

	private final Ui ui;

	LetterDocuments(TemplateEngine templates, PdfRenderer pdf, MessageSource messages) {
		this.templates = templates;
		this.pdf = pdf;
		this.ui = new Ui(messages, DUTCH, "/", "/", null, null, List.of(), "", false);
	}

	public String html(Letter letter) {
		StringOutput output = new StringOutput(32 * 1024);
		templates.render("lobby/letter.jte", Map.of("ui", ui, "letter", letter), output);
		return output.toString();
	}

	public byte[] pdf(Letter letter) {
		return pdf.render(html(letter));
	}
}
