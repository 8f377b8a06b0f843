package nl.alliantie.workprogram.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.shared.figures.YearFigure;
import nl.alliantie.shared.figures.YearFigures;
import nl.alliantie.shared.memory.UntilChanged;
import nl.alliantie.shared.pdf.PdfRenderer;
import nl.alliantie.shared.web.Ui;
import nl.alliantie.workprogram.activities.Activities;
import nl.alliantie.workprogram.activities.Activity;
import nl.alliantie.workprogram.activities.ActivityState;

/**
 * The public work program of a year (its activities, how far each is, with the figure of the module
 * that carries it) and the year report (planned against done, the figures of the year) as a page
 * and an A4 PDF in Dutch. The activities and the years are kept until the work program changes,
 * the figures until their modules' tables change (docs/adr/0037): no query while nothing changed;
 * two for the program plus one per module that gives figures after a change.
 */
@Controller
public class WorkProgramController {

	/** A year's program or report; {@code figures} read live from the modules. */
	public record YearPage(int year, List<Activity> activities, Map<YearFigure.Kind, YearFigure> figures,
			List<Integer> years, String sender, String baseUrl) {

		/** The figure that is the activity's progress, or {@code null} when nothing carries it here. */
		public @Nullable YearFigure progressOf(Activity activity) {
			return activity.source() == null ? null : figures.get(activity.source().figure());
		}

		public List<Activity> in(ActivityState state) {
			return activities.stream().filter(a -> a.state() == state).toList();
		}

		public int count(YearFigure.Kind kind) {
			YearFigure figure = figures.get(kind);
			return figure == null ? 0 : figure.count();
		}

		public String title(Ui ui) {
			return ui.t("workprogram.report.title", Integer.toString(year));
		}
	}

	static final int FIRST_YEAR = 2000, LAST_YEAR = 2100;

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final Activities activities;

	private final YearFigures figures;

	private final AlliantieProperties properties;

	private final TemplateEngine templates;

	private final PdfRenderer pdf;

	private final Ui dutch;

	/** A year's activities and the years that have some. */
	private record Program(List<Activity> activities, List<Integer> years) {
	}

	private final UntilChanged<Integer, Program> programs;

	WorkProgramController(Activities activities, YearFigures figures, AlliantieProperties properties,
			TemplateEngine templates, PdfRenderer pdf, MessageSource messages, DatabaseNotifications notifications,
			@Value("${alliantie.figures.keep:true}") boolean keep) {
		this.activities = activities;
		this.programs = new UntilChanged<>(notifications, Set.of("workprogram_changed"),
				LAST_YEAR - FIRST_YEAR + 1, keep, year -> new Program(List.copyOf(activities.ofYear(year)), List.copyOf(activities.years())));
		this.figures = figures;
		this.properties = properties;
		this.templates = templates;
		this.pdf = pdf;
		this.dutch = new Ui(messages, DUTCH, "/", "/", null, null, List.of(), "", false);
	}

	@GetMapping("/werkprogramma")
	String current(Model model) {
		return program(LocalDate.now(activities.clock()).getYear(), model);
	}

	@GetMapping("/werkprogramma/{jaar:[0-9]{1,9}}")
	String program(@PathVariable int jaar, Model model) {
		model.addAttribute("page", page(jaar));
		return "workprogram/year";
	}

	@GetMapping("/jaarverslag/{jaar:[0-9]{1,9}}")
	String report(@PathVariable int jaar, Model model) {
		model.addAttribute("page", page(jaar));
		return "workprogram/report";
	}

	@GetMapping("/jaarverslag/{jaar:[0-9]{1,9}}.pdf")
	ResponseEntity<byte[]> reportPdf(@PathVariable int jaar) {
		YearPage page = page(jaar);
		StringOutput html = new StringOutput(32 * 1024);
		templates.render("workprogram/reportDocument.jte", Map.of("ui", dutch, "page", page), html);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("jaarverslag-" + jaar + ".pdf").build().toString())
			.body(pdf.render(html.toString()));
	}

	private YearPage page(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		LocalDate today = LocalDate.now(activities.clock());
		Program program = programs.get(year);
		return new YearPage(year, program.activities(), figures.of(year, today), program.years(),
				properties.name(), properties.absoluteUrl(""));
	}
}
