package nl.alliantie.lobby.campaigns;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** A numbered proposal with its short explanation and the numbers of the signals behind it. */
public record ProposalForm(
		String nummer,
		@NotBlank(message = "{lobby.proposal.title.required}") @Size(max = 300, message = "{lobby.proposal.title.size}") String titel,
		@NotBlank(message = "{lobby.proposal.explanation.required}") @Size(max = 4000, message = "{lobby.proposal.explanation.size}") String toelichting,
		@Size(max = 500, message = "{lobby.proposal.signals.invalid}") String signalen) {

	public static ProposalForm next(int number) {
		return new ProposalForm(Integer.toString(number), "", "", "");
	}

	public static ProposalForm of(Proposal proposal) {
		return new ProposalForm(Integer.toString(proposal.number()), proposal.title(), proposal.explanation(),
				String.join(", ", proposal.signalIds().stream().map(String::valueOf).toList()));
	}

	@Nullable Integer number(BindingResult result) {
		try {
			int number = Integer.parseInt(nummer == null ? "" : nummer.strip());
			if (number > 0 && number < 1000) {
				return number;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		result.rejectValue("nummer", "lobby.proposal.number.invalid");
		return null;
	}

	/** The signal numbers typed, separated by commas or spaces. */
	List<Long> signalIds(BindingResult result) {
		List<Long> ids = new ArrayList<>();
		if (signalen == null || signalen.isBlank()) {
			return ids;
		}
		for (String part : signalen.split("[,;\\s]+")) {
			if (part.isEmpty()) {
				continue;
			}
			try {
				long id = Long.parseLong(part.replace("#", ""));
				if (id > 0 && !ids.contains(id)) {
					ids.add(id);
				}
			}
			catch (NumberFormatException e) {
				if (!result.hasFieldErrors("signalen")) {
					result.rejectValue("signalen", "lobby.proposal.signals.invalid");
				}
			}
		}
		return ids;
	}
}
