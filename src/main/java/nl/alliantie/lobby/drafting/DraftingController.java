package nl.alliantie.lobby.drafting;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.campaigns.Campaigns;
import nl.alliantie.lobby.campaigns.Proposal;
import nl.alliantie.network.Network;
import nl.alliantie.shared.web.FormErrors;
import nl.alliantie.signals.Signals;

/**
 * Co-drafting without an account: a local group offers to help through a public form and gets a
 * personal link by mail; the link opens only its own municipality's local part.
 */
@Controller
public class DraftingController {

	public record OfferPage(@Nullable Campaign campaign, List<String> municipalities, HelpOfferForm form, FormErrors errors,
			boolean sent) {
	}

	/**
	 * {@code signals}: the municipality's published signals the lobby may still cite; {@code agenda}:
	 * its local social agenda with the steps to cite.
	 */
	public record DraftPage(String token, Campaign campaign, List<Proposal> proposals, LocalPart part,
			LocalParts.CoAuthor helper, List<Signals.SignalSummary> signals, LocalAgendas.Cited agenda,
			List<LocalParts.Version> versions, LocalPartForm form, FormErrors errors, @Nullable String notice) {
	}

	public record InvalidLinkPage() {
	}

	static final int SIGNALS_OFFERED = 100;

	private final Campaigns campaigns;

	private final LocalParts parts;

	private final HelpOffers offers;

	private final Network network;

	private final Signals signals;

	private final LocalAgendas agendas;

	private final MessageSource messages;

	DraftingController(Campaigns campaigns, LocalParts parts, HelpOffers offers, Network network, Signals signals,
			LocalAgendas agendas, MessageSource messages) {
		this.agendas = agendas;
		this.campaigns = campaigns;
		this.parts = parts;
		this.offers = offers;
		this.network = network;
		this.signals = signals;
		this.messages = messages;
	}

	@GetMapping("/lobby/meeschrijven")
	String offerForm(@RequestParam(required = false) String verstuurd, Model model) {
		model.addAttribute("page", new OfferPage(campaigns.current().orElse(null), municipalityNames(),
				HelpOfferForm.empty(), FormErrors.NONE, verstuurd != null));
		return "lobby/offer";
	}

	@PostMapping("/lobby/meeschrijven")
	String offer(@Valid @ModelAttribute("form") HelpOfferForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response) {
		Campaign campaign = campaigns.current().orElse(null);
		if (campaign == null) {
			response.setStatus(409);
			model.addAttribute("page", new OfferPage(null, List.of(), form, FormErrors.NONE, false));
			return "lobby/offer";
		}
		var municipality = network.municipality(form.gemeente());
		if (municipality.isEmpty() && !result.hasFieldErrors("gemeente")) {
			result.rejectValue("gemeente", "lobby.offer.municipality.unknown");
		}
		if (form.website() != null && !form.website().isBlank()) {
			// a robot: answer as if it worked, store and mail nothing
			return "redirect:/lobby/meeschrijven?verstuurd";
		}
		if (result.hasErrors()) {
			response.setStatus(400);
			model.addAttribute("page", new OfferPage(campaign, municipalityNames(), form,
					FormErrors.of(result, messages, locale), false));
			return "lobby/offer";
		}
		offers.offer(campaign, municipality.get().name(), form.naam().strip(), form.email().strip(), form.organisatie(), locale);
		return "redirect:/lobby/meeschrijven?verstuurd";
	}

	@GetMapping("/lobby/meeschrijven/{token}")
	String draft(@PathVariable String token, @RequestParam(required = false) String opgeslagen, Model model,
			HttpServletResponse response) {
		var helper = parts.helperOf(token);
		if (helper.isEmpty()) {
			return invalid(model, response);
		}
		LocalPart part = parts.find(helper.get().localPartId()).orElseThrow();
		model.addAttribute("page", page(token, helper.get(), part, LocalPartForm.of(part), FormErrors.NONE,
				opgeslagen == null ? null : "ingediend".equals(opgeslagen) ? "lobby.localPart.submitted" : "lobby.localPart.saved"));
		return "lobby/draft";
	}

	@PostMapping("/lobby/meeschrijven/{token}")
	String save(@PathVariable String token, @Valid @ModelAttribute("form") LocalPartForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response) {
		var helper = parts.helperOf(token);
		if (helper.isEmpty()) {
			return invalid(model, response);
		}
		LocalPart part = parts.find(helper.get().localPartId()).orElseThrow();
		Set<Long> offered = citable(part.municipality()).stream().map(s -> s.id().value()).collect(Collectors.toSet());
		List<Long> cited = form.signalIds();
		// a signal cited before stays citable even when it is no longer offered (it went into the lobby)
		if (!cited.stream().allMatch(id -> offered.contains(id) || part.signalIds().contains(id))) {
			result.rejectValue("signalen", "lobby.localPart.signals.invalid");
		}
		Campaign campaign = campaigns.find(part.campaignId()).orElseThrow();
		LocalAgendas.Cited agenda = agendas.of(part.municipality(), campaign.year());
		List<Long> steps = form.stepIds();
		if (!steps.stream().allMatch(agenda::has)) {
			result.rejectValue("stappen", "lobby.localPart.steps.invalid");
		}
		if (form.submit() && form.experiences().isEmpty() && form.proposals().isEmpty() && !result.hasFieldErrors("ervaringen")) {
			result.rejectValue("ervaringen", "lobby.localPart.empty");
		}
		if (result.hasErrors()) {
			response.setStatus(400);
			model.addAttribute("page", page(token, helper.get(), part, form, FormErrors.of(result, messages, locale), null));
			return "lobby/draft";
		}
		parts.save(part.id(), form.experiences(), form.proposals(), cited, steps, form.submit(), helper.get().name(),
				helper.get().id());
		return "redirect:/lobby/meeschrijven/" + token + "?opgeslagen=" + (form.submit() ? "ingediend" : "ja");
	}

	private DraftPage page(String token, LocalParts.CoAuthor helper, LocalPart part, LocalPartForm form, FormErrors errors,
			@Nullable String notice) {
		Campaign campaign = campaigns.find(part.campaignId()).orElseThrow();
		return new DraftPage(token, campaign, campaigns.proposals(campaign.id()), part, helper, citable(part.municipality()),
				agendas.of(part.municipality(), campaign.year()), parts.versions(part.id()), form, errors, notice);
	}

	private List<Signals.SignalSummary> citable(String municipality) {
		return signals.publishedIn(municipality, SIGNALS_OFFERED).stream().filter(Signals::citable).toList();
	}

	private List<String> municipalityNames() {
		return network.municipalities().stream().map(Network.MunicipalitySummary::name).toList();
	}

	private String invalid(Model model, HttpServletResponse response) {
		response.setStatus(404);
		model.addAttribute("page", new InvalidLinkPage());
		return "lobby/linkInvalid";
	}
}
