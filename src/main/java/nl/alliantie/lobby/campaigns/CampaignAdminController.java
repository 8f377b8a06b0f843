package nl.alliantie.lobby.campaigns;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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

import nl.alliantie.lobby.CampaignId;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.signals.SignalId;
import nl.alliantie.signals.Signals;

/** The secretariat writes a year's campaign: its national text and numbered proposals. */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class CampaignAdminController {

	static final int PAGE_SIZE = 20;

	public record ListPage(List<Campaign> campaigns, int page, boolean hasNext) {
	}

	public record EditPage(@Nullable Campaign campaign, CampaignForm form, FormErrors errors) {
	}

	/** {@code editing}: the proposal whose form has errors ({@code null}: the new one). */
	public record CampaignPage(Campaign campaign, CampaignForm form, FormErrors errors, List<Proposal> proposals,
			ProposalForm proposalForm, FormErrors proposalErrors, @Nullable Long editing, @Nullable String notice) {
	}

	private final Campaigns campaigns;

	private final Signals signals;

	private final MessageSource messages;

	CampaignAdminController(Campaigns campaigns, Signals signals, MessageSource messages) {
		this.campaigns = campaigns;
		this.signals = signals;
		this.messages = messages;
	}

	@GetMapping("/beheer/lobby")
	String list(@RequestParam(defaultValue = "1") int pagina, Model model) {
		int page = nl.alliantie.shared.web.PageNumber.of(pagina);
		List<Campaign> found = campaigns.page(page, PAGE_SIZE);
		boolean hasNext = found.size() > PAGE_SIZE;
		model.addAttribute("page", new ListPage(hasNext ? found.subList(0, PAGE_SIZE) : found, page, hasNext));
		return "lobby/campaigns";
	}

	@GetMapping("/beheer/lobby/nieuw")
	String create(Model model) {
		model.addAttribute("page", new EditPage(null, CampaignForm.empty(LocalDate.now(campaigns.clock()).getYear()), FormErrors.NONE));
		return "lobby/campaignNew";
	}

	@PostMapping("/beheer/lobby")
	String save(@Valid @ModelAttribute("form") CampaignForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response) {
		Integer year = form.year(result);
		LocalDate sendOn = form.sendOn(result);
		if (!result.hasErrors()) {
			try {
				CampaignId id = campaigns.create(FormErrors.checked(year), form.titel().strip(), form.tekst().strip(),
						FormErrors.checked(sendOn));
				return "redirect:/beheer/lobby/" + id.value();
			}
			catch (Campaigns.YearTaken e) {
				result.rejectValue("jaar", "lobby.campaign.year.taken");
			}
		}
		response.setStatus(400);
		model.addAttribute("page", new EditPage(null, form, FormErrors.of(result, messages, locale)));
		return "lobby/campaignNew";
	}

	private Campaign campaign(long id) {
		return campaigns.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/beheer/lobby/{id}")
	String show(@PathVariable long id, Model model) {
		Campaign campaign = campaign(id);
		List<Proposal> proposals = campaigns.proposals(campaign.id());
		model.addAttribute("page", new CampaignPage(campaign, CampaignForm.of(campaign), FormErrors.NONE, proposals,
				ProposalForm.next(proposals.size() + 1), FormErrors.NONE, null, (String) model.asMap().get("notice")));
		return "lobby/campaign";
	}

	@PostMapping("/beheer/lobby/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") CampaignForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Campaign campaign = campaign(id);
		LocalDate sendOn = form.sendOn(result);
		if (!result.hasErrors()) {
			campaigns.update(campaign.id(), form.titel().strip(), form.tekst().strip(), FormErrors.checked(sendOn));
			redirect.addFlashAttribute("notice", "lobby.campaign.saved");
			return "redirect:/beheer/lobby/" + id;
		}
		response.setStatus(400);
		List<Proposal> proposals = campaigns.proposals(campaign.id());
		model.addAttribute("page", new CampaignPage(campaign, form, FormErrors.of(result, messages, locale), proposals,
				ProposalForm.next(proposals.size() + 1), FormErrors.NONE, null, null));
		return "lobby/campaign";
	}

	@PostMapping("/beheer/lobby/{id}/voorstellen")
	String addProposal(@PathVariable long id, @Valid @ModelAttribute("proposalForm") ProposalForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return saveProposal(campaign(id), null, form, result, model, locale, response, redirect);
	}

	@PostMapping("/beheer/lobby/{id}/voorstellen/{proposal}")
	String changeProposal(@PathVariable long id, @PathVariable long proposal,
			@Valid @ModelAttribute("proposalForm") ProposalForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Campaign campaign = campaign(id);
		campaigns.proposal(campaign.id(), proposal).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return saveProposal(campaign, proposal, form, result, model, locale, response, redirect);
	}

	@PostMapping("/beheer/lobby/{id}/voorstellen/{proposal}/verwijderen")
	String removeProposal(@PathVariable long id, @PathVariable long proposal, RedirectAttributes redirect) {
		Campaign campaign = campaign(id);
		campaigns.removeProposal(campaign.id(), proposal);
		redirect.addFlashAttribute("notice", "lobby.proposal.removed");
		return "redirect:/beheer/lobby/" + id + "#voorstellen";
	}

	private String saveProposal(Campaign campaign, @Nullable Long proposalId, ProposalForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Integer number = form.number(result);
		List<Long> cited = form.signalIds(result);
		if (!cited.isEmpty() && !result.hasFieldErrors("signalen")) {
			List<Long> before = proposalId == null ? List.of()
					: campaigns.proposal(campaign.id(), proposalId).map(Proposal::signalIds).orElse(List.of());
			Set<Long> citable = signals.published(cited.stream().map(SignalId::new).toList())
				.stream()
				.filter(Signals::citable)
				.map(s -> s.id().value())
				.collect(Collectors.toSet());
			List<Long> refused = cited.stream().filter(s -> !citable.contains(s) && !before.contains(s)).toList();
			if (!refused.isEmpty()) {
				result.rejectValue("signalen", "lobby.proposal.signals.notCitable",
						new Object[] { refused.stream().map(String::valueOf).collect(Collectors.joining(", ")) }, null);
			}
		}
		if (!result.hasErrors()) {
			try {
				campaigns.saveProposal(campaign, proposalId, FormErrors.checked(number), form.titel().strip(), form.toelichting().strip(), cited);
				redirect.addFlashAttribute("notice", "lobby.proposal.saved");
				return "redirect:/beheer/lobby/" + campaign.id().value() + "#voorstellen";
			}
			catch (Campaigns.NumberTaken e) {
				result.rejectValue("nummer", "lobby.proposal.number.taken");
			}
		}
		response.setStatus(400);
		model.addAttribute("page", new CampaignPage(campaign, CampaignForm.of(campaign), FormErrors.NONE,
				campaigns.proposals(campaign.id()), form, FormErrors.of(result, messages, locale), proposalId, null));
		return "lobby/campaign";
	}
}
