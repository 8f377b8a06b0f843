package nl.alliantie.lobby.secretary;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import org.jspecify.annotations.Nullable;
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
import nl.alliantie.shared.pdf.PdfRenderer;
import nl.alliantie.shared.web.Ui;
import nl.alliantie.signals.SignalId;
import nl.alliantie.signals.Signals;

/**
 * A published consultation with the state secretary: its position paper (as a page, and as the same
 * HTML made into an A4 PDF), the report, and the commitments with whether they were kept, beside
 * those of the consultation before. A fixed number of queries.
 */
@Controller
public class PaperController {

	/** The position paper: what the page and the PDF both show. */
	public record Paper(StateSecretary.Meeting meeting, List<StateSecretary.Point> points,
			Map<Long, List<StateSecretary.CitedResponse>> responses, Map<Long, Signals.SignalSummary> signals,
			String sender, String baseUrl) {

		public List<Signals.SignalSummary> signalsOf(List<Long> ids) {
			return ids.stream().map(signals::get).filter(Objects::nonNull).toList();
		}

		public List<StateSecretary.CitedResponse> responsesOf(long pointId) {
			return responses.getOrDefault(pointId, List.of());
		}

		public String title() {
			return "Position paper – " + meeting.title();
		}
	}

	public record MeetingPage(Paper paper, List<StateSecretary.Commitment> commitments, StateSecretary.@Nullable Meeting previous,
			List<StateSecretary.Commitment> previousCommitments) {
	}

	/** Papers go to the ministry in Dutch, whatever language the visitor reads the site in. */
	static final Locale DUTCH = Locale.forLanguageTag("nl");

	private final StateSecretary secretary;

	private final Signals signals;

	private final AlliantieProperties properties;

	private final TemplateEngine templates;

	private final PdfRenderer pdf;

	private final Ui dutch;

	PaperController(StateSecretary secretary, Signals signals, AlliantieProperties properties, TemplateEngine templates,
			PdfRenderer pdf, MessageSource messages) {
		this.secretary = secretary;
		this.signals = signals;
		this.properties = properties;
		this.templates = templates;
		this.pdf = pdf;
		this.dutch = new Ui(messages, DUTCH, "/", "/", null, null, List.of(), "", false);
	}

	private Paper paper(long id) {
		StateSecretary.Meeting meeting = secretary.find(id)
			.filter(StateSecretary.Meeting::published)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<StateSecretary.Point> points = secretary.points(id);
		List<SignalId> cited = points.stream().flatMap(p -> p.signalIds().stream()).distinct().map(SignalId::new).toList();
		Map<Long, Signals.SignalSummary> published = signals.published(cited)
			.stream()
			.collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
		return new Paper(meeting, points, secretary.responses(id), published, properties.name(), properties.absoluteUrl(""));
	}

	@GetMapping("/lobby/staatssecretaris/{id:[0-9]+}")
	String show(@PathVariable long id, Model model) {
		Paper paper = paper(id);
		StateSecretary.Meeting previous = secretary.before(paper.meeting()).filter(StateSecretary.Meeting::published).orElse(null);
		model.addAttribute("page", new MeetingPage(paper, secretary.commitments(id), previous,
				previous == null ? List.of() : secretary.commitments(previous.id())));
		return "lobby/secretary/paper";
	}

	@GetMapping("/lobby/staatssecretaris/{id:[0-9]+}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		Paper paper = paper(id);
		StringOutput html = new StringOutput(32 * 1024);
		templates.render("lobby/secretary/paperDocument.jte", Map.of("ui", dutch, "paper", paper), html);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("position-paper-" + paper.meeting().heldOn() + ".pdf")
				.build()
				.toString())
			.body(pdf.render(html.toString()));
	}
}
