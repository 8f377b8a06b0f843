package nl.alliantie.lobby.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.campaigns.Campaigns;
import nl.alliantie.lobby.campaigns.Proposal;
import nl.alliantie.lobby.drafting.LocalAgendas;
import nl.alliantie.lobby.drafting.LocalPart;
import nl.alliantie.lobby.drafting.LocalParts;
import nl.alliantie.network.Network;
import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.signals.SignalId;
import nl.alliantie.signals.Signals;

/**
 * Puts a municipality's letter together: national text and proposals, the approved local part
 * (never an unreviewed draft), the signals and local agenda steps it cites and the local facts (its
 * published signals of the last year by theme, its local social agenda's state). A fixed number of
 * queries per letter.
 */
@Component
public class Letters {

	private final Campaigns campaigns;

	private final LocalParts parts;

	private final Network network;

	private final Signals signals;

	private final LocalAgendas agendas;

	private final AlliantieProperties properties;

	private final Clock clock;

	private final String address;

	Letters(Campaigns campaigns, LocalParts parts, Network network, Signals signals, LocalAgendas agendas,
			AlliantieProperties properties, Clock clock, @Value("${alliantie.lobby.address:}") String address) {
		this.agendas = agendas;
		this.campaigns = campaigns;
		this.parts = parts;
		this.network = network;
		this.signals = signals;
		this.properties = properties;
		this.clock = clock;
		this.address = address == null ? "" : address.replace("\\n", "\n");
	}

	/** The letter of a known municipality, or empty for a name the register does not know. */
	public Optional<Letter> of(Campaign campaign, String municipality) {
		return network.municipality(municipality).map(m -> compose(campaign, campaigns.proposals(campaign.id()), m));
	}

	/** The letter as it would be with this local part's current draft (what its writers preview). */
	public Optional<Letter> draftOf(Campaign campaign, LocalPart draft) {
		return network.municipality(draft.municipality())
			.map(m -> compose(campaign, campaigns.proposals(campaign.id()), m,
					Optional.of(new Letter.LocalPartText(draft.experiences(), draft.proposals())), draft.signalIds(),
					draft.stepIds()));
	}

	/** As {@link #of}, with the campaign's proposals read once for many letters. */
	Letter compose(Campaign campaign, List<Proposal> proposals, Network.MunicipalitySummary municipality) {
		Optional<LocalPart> part = parts.of(campaign.id().value(), municipality.name()).filter(LocalPart::approved);
		return compose(campaign, proposals, municipality,
				part.map(p -> new Letter.LocalPartText(p.approvedExperiences(), p.approvedProposals())),
				part.map(LocalPart::approvedSignalIds).orElse(List.of()),
				part.map(LocalPart::approvedStepIds).orElse(List.of()));
	}

	private Letter compose(Campaign campaign, List<Proposal> proposals, Network.MunicipalitySummary municipality,
			Optional<Letter.LocalPartText> part, List<Long> citedIds, List<Long> stepIds) {
		LocalAgendas.Cited agenda = agendas.of(municipality.name(), campaign.year());
		List<Signals.SignalSummary> cited = citedIds.isEmpty() ? List.of()
				: signals.published(citedIds.stream().map(SignalId::new).toList());
		LocalDate date = campaign.sendOn();
		LocalDate since = date.minusYears(1);
		return new Letter(campaign, proposals, municipality.name(), municipality.province(),
				network.griffieOf(municipality.name()).orElse(null),
				part.filter(p -> !p.experiences().isBlank() || !p.proposals().isBlank() || !stepIds.isEmpty()).orElse(null),
				cited, agenda.agenda(), agenda.among(stepIds), signals.themesIn(municipality.name(), since), since, date,
				"RB" + campaign.year() + "-" + Letter.slug(municipality.name()), properties.name(), address,
				properties.absoluteUrl(""));
	}

	Clock clock() {
		return clock;
	}
}
