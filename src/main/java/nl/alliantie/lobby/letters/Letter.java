package nl.alliantie.lobby.letters;

import java.time.LocalDate;
import java.util.List;

import nl.alliantie.agendas.Agendas;
import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.campaigns.Proposal;
import nl.alliantie.signals.Signals;
import org.jspecify.annotations.Nullable;

/**
 * Everything one municipality's letter says: the national text and proposals, the approved local
 * part (null without one), the signals and local agenda steps it cites, and the local facts (with
 * the municipality's local social agenda up to the campaign's year, {@code null} without one).
 */
public record Letter(Campaign campaign, List<Proposal> proposals, String municipality, String province,
		@Nullable String griffieEmail, @Nullable LocalPartText localPart, List<Signals.SignalSummary> cited,
		Agendas.@Nullable AgendaSummary agenda, List<Agendas.StepSummary> citedSteps, List<Signals.ThemeCount> themes, LocalDate factsSince, LocalDate date, String reference, String sender,
		String senderAddress, String baseUrl) {

	/** The approved text of the local part. */
	public record LocalPartText(String experiences, String proposals) {
	}

	public String title() {
		return "Raadsbrief " + campaign.year() + " – " + municipality;
	}

	public String fileName() {
		return "raadsbrief-" + campaign.year() + "-" + slug(municipality) + ".pdf";
	}

	static String slug(String municipality) {
		String plain = java.text.Normalizer.normalize(municipality, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}
}
