package nl.alliantie.lobby.campaigns;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import nl.alliantie.signals.SignalId;
import nl.alliantie.signals.Signals;

/**
 * The signal numbers the secretariat types beside a proposal or a point of a position paper: read
 * from the text (commas or spaces between them) and checked against the signals module, which
 * decides whether a signal may still be taken into the lobby. One query.
 */
@Component
public class SignalCitations {

	private final Signals signals;

	SignalCitations(Signals signals) {
		this.signals = signals;
	}

	/**
	 * The numbers in {@code typed}; a word that is no number is rejected on {@code field}, and so is a
	 * signal that may not be cited (unless {@code before}, the item's earlier citations, holds it).
	 */
	public List<Long> read(String typed, List<Long> before, String field, BindingResult result) {
		List<Long> ids = new ArrayList<>();
		if (typed == null || typed.isBlank()) {
			return ids;
		}
		for (String part : typed.split("[,;\\s]+")) {
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
				if (!result.hasFieldErrors(field)) {
					result.rejectValue(field, "lobby.proposal.signals.invalid");
				}
			}
		}
		if (ids.size() > 50 && !result.hasFieldErrors(field)) {
			result.rejectValue(field, "lobby.proposal.signals.invalid");
		}
		if (ids.isEmpty() || result.hasFieldErrors(field)) {
			return ids;
		}
		Set<Long> citable = signals.published(ids.stream().map(SignalId::new).toList())
			.stream()
			.filter(Signals::citable)
			.map(s -> s.id().value())
			.collect(Collectors.toSet());
		List<Long> refused = ids.stream().filter(s -> !citable.contains(s) && !before.contains(s)).toList();
		if (!refused.isEmpty()) {
			result.rejectValue(field, "lobby.proposal.signals.notCitable",
					new Object[] { refused.stream().map(String::valueOf).collect(Collectors.joining(", ")) }, null);
		}
		return ids;
	}

	public static String text(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}
}
