package nl.alliantie.conferences.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.alliantie.conferences.editions.DayView;
import nl.alliantie.conferences.editions.EditionViews;
import nl.alliantie.conferences.evaluations.BarChart;
import nl.alliantie.conferences.evaluations.EvaluationForm;
import nl.alliantie.conferences.evaluations.Evaluations;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.shared.web.PageNumber;

/** The evaluation form behind the mailed link, and the results for the secretariat. */
@Controller
public class EvaluationController {

	static final int ANSWERS_PER_PAGE = 25;

	public record EvaluationPage(Evaluations.Invitation invitation, String token, EvaluationForm form, FormErrors errors) {

		public List<String> marks() {
			return EvaluationForm.MARKS;
		}
	}

	public record ResultsPage(DayView view, int answers, List<Evaluations.PartResult> parts,
			List<Evaluations.WorkshopResult> workshops, String partsChart, String workshopsChart,
			List<Evaluations.OpenAnswer> openAnswers, int page, boolean hasNext) {
	}

	private final Evaluations evaluations;

	private final EditionViews editionViews;

	private final MessageSource messages;

	EvaluationController(Evaluations evaluations, EditionViews editionViews, MessageSource messages) {
		this.evaluations = evaluations;
		this.editionViews = editionViews;
		this.messages = messages;
	}

	@GetMapping("/alliantiedagen/evaluatie/{token}")
	String form(@PathVariable String token, Model model) {
		Evaluations.Invitation invitation = evaluations.invitation(token).orElse(null);
		if (invitation == null) {
			return "conferences/linkExpired";
		}
		model.addAttribute("page", new EvaluationPage(invitation, token, EvaluationForm.empty(), FormErrors.NONE));
		return "conferences/evaluation";
	}

	@PostMapping("/alliantiedagen/evaluatie/{token}")
	String submit(@PathVariable String token, @Valid @ModelAttribute EvaluationForm form, BindingResult result,
			Model model, Locale locale) {
		Evaluations.Invitation invitation = evaluations.invitation(token).orElse(null);
		if (invitation == null) {
			return "conferences/linkExpired";
		}
		if (!result.hasErrors()) {
			try {
				evaluations.submit(token, form);
				return "redirect:/alliantiedagen/evaluatie/bedankt";
			}
			catch (Evaluations.Refused refused) {
				return "conferences/linkExpired";
			}
		}
		model.addAttribute("page", new EvaluationPage(invitation, token, form, FormErrors.of(result, messages, locale)));
		return "conferences/evaluation";
	}

	@GetMapping("/alliantiedagen/evaluatie/bedankt")
	String thanks() {
		return "conferences/evaluationThanks";
	}

	@PostMapping("/beheer/alliantiedagen/dagen/{id}/evaluatie-versturen")
	@PreAuthorize("@access.isSecretariat()")
	String sendLinks(@PathVariable long id, RedirectAttributes redirect) {
		try {
			int sent = evaluations.sendLinks(id);
			redirect.addFlashAttribute("notice", "conferences.admin.notice.evaluationSent");
			redirect.addFlashAttribute("noticeCount", sent);
		}
		catch (Evaluations.Refused refused) {
			redirect.addFlashAttribute("notice", "conferences.admin.notice.evaluationTooEarly");
		}
		return "redirect:/beheer/alliantiedagen/dagen/" + id;
	}

	@GetMapping("/beheer/alliantiedagen/dagen/{id}/evaluaties")
	@PreAuthorize("@access.isSecretariat()")
	String results(@PathVariable long id, @RequestParam(defaultValue = "1") int pagina, Model model, Locale locale) {
		DayView view = editionViews.day(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		int page = PageNumber.of(pagina);
		List<Evaluations.PartResult> parts = evaluations.results(id);
		List<Evaluations.WorkshopResult> workshops = evaluations.workshopResults(id);
		List<Evaluations.OpenAnswer> answers = evaluations.openAnswers(id, (page - 1) * ANSWERS_PER_PAGE, ANSWERS_PER_PAGE + 1);
		boolean hasNext = answers.size() > ANSWERS_PER_PAGE;
		String partsChart = BarChart.svg("chart-parts", t("conferences.results.chart.parts", locale),
				parts.stream().map(part -> new BarChart.Bar(t("conferences.results.part." + part.part(), locale),
						part.average(), part.averageText())).toList(), 5);
		String workshopsChart = BarChart.svg("chart-workshops", t("conferences.results.chart.workshops", locale),
				workshops.stream().map(w -> new BarChart.Bar(w.workshop(), w.average(), w.averageText())).toList(), 5);
		model.addAttribute("page", new ResultsPage(view, evaluations.count(id), parts, workshops, partsChart,
				workshopsChart, hasNext ? answers.subList(0, ANSWERS_PER_PAGE) : answers, page, hasNext));
		return "conferences/admin/results";
	}

	@GetMapping("/beheer/alliantiedagen/dagen/{id}/evaluaties.csv")
	@PreAuthorize("@access.isSecretariat()")
	void csv(@PathVariable long id, HttpServletResponse response) throws IOException {
		DayView view = editionViews.day(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("evaluaties-" + view.edition().year() + "-" + view.day().number() + ".csv")
			.build()
			.toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		out.write('\uFEFF');
		evaluations.writeCsv(id, out);
		out.flush();
	}

	private String t(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
