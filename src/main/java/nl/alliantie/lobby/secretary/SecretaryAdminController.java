package nl.alliantie.lobby.secretary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

import nl.alliantie.lobby.campaigns.Fields;
import nl.alliantie.lobby.campaigns.SignalCitations;
import nl.alliantie.lobby.secretary.SecretaryForms.CommitmentForm;
import nl.alliantie.lobby.secretary.SecretaryForms.MeetingForm;
import nl.alliantie.lobby.secretary.SecretaryForms.PointForm;
import nl.alliantie.shared.web.FormErrors;

/**
 * The secretariat prepares and records the consultations with the state secretary: the meeting, the
 * position paper's points, the report, and the commitments (this meeting's, and the open ones of
 * earlier meetings to check).
 */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class SecretaryAdminController {

	static final int PAGE_SIZE = 20;

	public record MeetingsPage(List<StateSecretary.Meeting> meetings, int page, boolean hasNext, MeetingForm form,
			FormErrors errors) {
	}

	/** {@code editingPoint} / {@code editingCommitment}: the one whose form has errors ({@code null}: the new one). */
	public record MeetingPage(StateSecretary.Meeting meeting, MeetingForm form, FormErrors errors,
			StateSecretary.@Nullable CampaignRef campaign, List<StateSecretary.Point> points,
			Map<Long, List<StateSecretary.CitedResponse>> responses, PointForm pointForm, FormErrors pointErrors,
			@Nullable Long editingPoint, List<StateSecretary.Commitment> commitments, List<StateSecretary.Commitment> earlier,
			CommitmentForm commitmentForm, FormErrors commitmentErrors, @Nullable Long editingCommitment, @Nullable String notice) {
	}

	private final StateSecretary secretary;

	private final SignalCitations citations;

	private final MessageSource messages;

	SecretaryAdminController(StateSecretary secretary, SignalCitations citations, MessageSource messages) {
		this.secretary = secretary;
		this.citations = citations;
		this.messages = messages;
	}

	@GetMapping("/beheer/lobby/staatssecretaris")
	String list(@RequestParam(defaultValue = "1") int pagina, Model model) {
		model.addAttribute("page", listPage(pagina, MeetingForm.empty(), FormErrors.NONE));
		return "lobby/secretary/meetings";
	}

	private MeetingsPage listPage(int pagina, MeetingForm form, FormErrors errors) {
		int page = nl.alliantie.shared.web.PageNumber.of(pagina);
		List<StateSecretary.Meeting> found = secretary.page(page, PAGE_SIZE);
		boolean hasNext = found.size() > PAGE_SIZE;
		return new MeetingsPage(hasNext ? found.subList(0, PAGE_SIZE) : found, page, hasNext, form, errors);
	}

	@PostMapping("/beheer/lobby/staatssecretaris")
	String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response) {
		LocalDate on = Fields.date(form.datum(), true, "datum", result);
		if (!result.hasErrors()) {
			long id = secretary.create(FormErrors.checked(on), form.titel().strip());
			return "redirect:/beheer/lobby/staatssecretaris/" + id;
		}
		response.setStatus(400);
		model.addAttribute("page", listPage(1, form, FormErrors.of(result, messages, locale)));
		return "lobby/secretary/meetings";
	}

	private StateSecretary.Meeting meeting(long id) {
		return secretary.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private MeetingPage page(StateSecretary.Meeting meeting, @Nullable MeetingForm form, FormErrors errors, @Nullable PointForm pointForm,
			FormErrors pointErrors, @Nullable Long editingPoint, @Nullable CommitmentForm commitmentForm, FormErrors commitmentErrors,
			@Nullable Long editingCommitment, @Nullable String notice) {
		List<StateSecretary.Point> points = secretary.points(meeting.id());
		return new MeetingPage(meeting, form == null ? MeetingForm.of(meeting) : form, errors,
				secretary.campaignFor(meeting).orElse(null), points, secretary.responses(meeting.id()),
				pointForm == null ? PointForm.next(points.size() + 1) : pointForm, pointErrors, editingPoint,
				secretary.commitments(meeting.id()), secretary.openBefore(meeting),
				commitmentForm == null ? CommitmentForm.empty() : commitmentForm, commitmentErrors, editingCommitment,
				notice);
	}

	@GetMapping("/beheer/lobby/staatssecretaris/{id:[0-9]+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("page", page(meeting(id), null, FormErrors.NONE, null, FormErrors.NONE, null, null,
				FormErrors.NONE, null, (String) model.asMap().get("notice")));
		return "lobby/secretary/meeting";
	}

	@PostMapping("/beheer/lobby/staatssecretaris/{id:[0-9]+}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		StateSecretary.Meeting meeting = meeting(id);
		LocalDate on = Fields.date(form.datum(), true, "datum", result);
		if (!result.hasErrors()) {
			secretary.update(id, FormErrors.checked(on), form.titel().strip(), Fields.text(form.deelnemers()), Fields.text(form.inleiding()),
					Fields.text(form.verslag()), form.published());
			redirect.addFlashAttribute("notice", "lobby.meeting.saved");
			return "redirect:/beheer/lobby/staatssecretaris/" + id;
		}
		response.setStatus(400);
		model.addAttribute("page", page(meeting, form, FormErrors.of(result, messages, locale), null, FormErrors.NONE, null,
				null, FormErrors.NONE, null, null));
		return "lobby/secretary/meeting";
	}

	@PostMapping("/beheer/lobby/staatssecretaris/{id:[0-9]+}/punten")
	String addPoint(@PathVariable long id, @Valid @ModelAttribute("pointForm") PointForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return savePoint(meeting(id), null, form, result, model, locale, response, redirect);
	}

	@PostMapping("/beheer/lobby/staatssecretaris/{id:[0-9]+}/punten/{point}")
	String changePoint(@PathVariable long id, @PathVariable long point, @Valid @ModelAttribute("pointForm") PointForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		StateSecretary.Meeting meeting = meeting(id);
		secretary.point(id, point).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return savePoint(meeting, point, form, result, model, locale, response, redirect);
	}

	@PostMapping("/beheer/lobby/staatssecretaris/{id:[0-9]+}/punten/{point}/verwijderen")
	String removePoint(@PathVariable long id, @PathVariable long point, RedirectAttributes redirect) {
		secretary.removePoint(meeting(id).id(), point);
		redirect.addFlashAttribute("notice", "lobby.point.removed");
		return "redirect:/beheer/lobby/staatssecretaris/" + id + "#punten";
	}

	private String savePoint(StateSecretary.Meeting meeting, @Nullable Long pointId, PointForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Integer number = Fields.number(form.nummer(), "nummer", result);
		List<Long> before = pointId == null ? List.of()
				: secretary.point(meeting.id(), pointId).map(StateSecretary.Point::signalIds).orElse(List.of());
		List<Long> cited = citations.read(form.signalen(), before, "signalen", result);
		List<String> councils = form.councils();
		List<String> spelled = new ArrayList<>();
		StateSecretary.CampaignRef campaign = secretary.campaignFor(meeting).orElse(null);
		if (!councils.isEmpty() && !result.hasFieldErrors("gemeenten")) {
			if (campaign == null) {
				result.rejectValue("gemeenten", "lobby.point.councils.noCampaign");
			}
			else {
				Map<String, String> sent = secretary.lettersSent(campaign.id(), councils);
				List<String> unknown = councils.stream().filter(c -> !sent.containsKey(c.toLowerCase(Locale.ROOT))).toList();
				if (!unknown.isEmpty()) {
					result.rejectValue("gemeenten", "lobby.point.councils.unknown",
							new Object[] { campaign.year(), String.join(", ", unknown) }, null);
				}
				councils.forEach(c -> {
					String name = sent.get(c.toLowerCase(Locale.ROOT));
					if (name != null) {
						spelled.add(name);
					}
				});
			}
		}
		if (!result.hasErrors()) {
			try {
				secretary.savePoint(meeting, pointId, FormErrors.checked(number), form.titel().strip(), form.toelichting().strip(), cited,
						campaign == null ? null : campaign.id(), spelled);
				redirect.addFlashAttribute("notice", "lobby.point.saved");
				return "redirect:/beheer/lobby/staatssecretaris/" + meeting.id() + "#punten";
			}
			catch (StateSecretary.NumberTaken e) {
				result.rejectValue("nummer", "lobby.proposal.number.taken");
			}
		}
		response.setStatus(400);
		model.addAttribute("page", page(meeting, null, FormErrors.NONE, form, FormErrors.of(result, messages, locale),
				pointId, null, FormErrors.NONE, null, null));
		return "lobby/secretary/meeting";
	}

	@PostMapping("/beheer/lobby/staatssecretaris/{id:[0-9]+}/toezeggingen")
	String addCommitment(@PathVariable long id, @Valid @ModelAttribute("commitmentForm") CommitmentForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		StateSecretary.Meeting meeting = meeting(id);
		if (!result.hasErrors()) {
			secretary.addCommitment(id, form.wat().strip());
			redirect.addFlashAttribute("notice", "lobby.commitment.saved");
			return "redirect:/beheer/lobby/staatssecretaris/" + id + "#toezeggingen";
		}
		response.setStatus(400);
		model.addAttribute("page", page(meeting, null, FormErrors.NONE, null, FormErrors.NONE, null, form,
				FormErrors.of(result, messages, locale), null, null));
		return "lobby/secretary/meeting";
	}

	/** Changes a commitment of this meeting or, from this meeting's page, an open one of an earlier meeting. */
	@PostMapping("/beheer/lobby/staatssecretaris/{id:[0-9]+}/toezeggingen/{commitment}")
	String changeCommitment(@PathVariable long id, @PathVariable long commitment,
			@Valid @ModelAttribute("commitmentForm") CommitmentForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		StateSecretary.Meeting meeting = meeting(id);
		StateSecretary.Commitment found = secretary.commitment(commitment)
			.filter(c -> c.meetingId() == id || secretary.openBefore(meeting).stream().anyMatch(o -> o.id() == c.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		CommitmentStatus status = Fields.choice(CommitmentStatus.class, form.status(), "status", result);
		if (!result.hasErrors()) {
			secretary.changeCommitment(found.id(), form.wat().strip(), FormErrors.checked(status), Fields.text(form.notitie()));
			redirect.addFlashAttribute("notice", "lobby.commitment.saved");
			return "redirect:/beheer/lobby/staatssecretaris/" + id + "#toezeggingen";
		}
		response.setStatus(400);
		model.addAttribute("page", page(meeting, null, FormErrors.NONE, null, FormErrors.NONE, null, form,
				FormErrors.of(result, messages, locale), commitment, null));
		return "lobby/secretary/meeting";
	}
}
