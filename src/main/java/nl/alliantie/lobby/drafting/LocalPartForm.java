package nl.alliantie.lobby.drafting;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * The local part as a helper writes it: experiences of people in poverty (anonymised), local
 * proposals, the numbers of the municipality's published signals it cites and the steps of its
 * local social agenda it cites.
 */
public record LocalPartForm(
		@Size(max = 8000, message = "{lobby.localPart.experiences.size}") String ervaringen,
		@Size(max = 8000, message = "{lobby.localPart.proposals.size}") String voorstellen,
		List<String> signalen,
		List<String> stappen,
		String actie) {

	static LocalPartForm of(LocalPart part) {
		return new LocalPartForm(part.experiences(), part.proposals(),
				part.signalIds().stream().map(String::valueOf).toList(),
				part.stepIds().stream().map(String::valueOf).toList(), "");
	}

	String experiences() {
		return ervaringen == null ? "" : ervaringen.strip();
	}

	String proposals() {
		return voorstellen == null ? "" : voorstellen.strip();
	}

	boolean submit() {
		return "indienen".equals(actie);
	}

	/** The ticked signal numbers; anything else that was sent is ignored. */
	List<Long> signalIds() {
		return numbers(signalen);
	}

	/** The ticked agenda steps; anything else that was sent is ignored. */
	List<Long> stepIds() {
		return numbers(stappen);
	}

	private static List<Long> numbers(List<String> values) {
		List<Long> ids = new ArrayList<>();
		for (String value : values == null ? List.<String>of() : values) {
			try {
				long id = Long.parseLong(value);
				if (!ids.contains(id)) {
					ids.add(id);
				}
			}
			catch (NumberFormatException e) {
				// not a number: not a choice the page offered
			}
		}
		return ids;
	}

	public boolean cites(long signalId) {
		return signalen != null && signalen.contains(Long.toString(signalId));
	}

	public boolean citesStep(long stepId) {
		return stappen != null && stappen.contains(Long.toString(stepId));
	}
}
