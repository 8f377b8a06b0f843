package nl.alliantie.lobby.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.campaigns.Campaigns;
import nl.alliantie.lobby.drafting.LocalParts;
import nl.alliantie.lobby.parliament.Parliament;
import nl.alliantie.lobby.parliament.ProposalOutcome;
import nl.alliantie.shared.demo.DemoData;

/**
 * This year's council letter with three proposals, and a local group of Utrecht that co-drafted
 * its part (approved) and one of Zutphen whose draft waits for review; the factions of parliament,
 * and last year's proposals to parliament with two visits and their outcomes.
 */
@Component
class LobbyDemoData implements DemoData {

	private final Campaigns campaigns;

	private final LocalParts parts;

	private final Parliament parliament;

	private final Clock clock;

	LobbyDemoData(Campaigns campaigns, LocalParts parts, Parliament parliament, Clock clock) {
		this.parliament = parliament;
		this.campaigns = campaigns;
		this.parts = parts;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "lobby";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void load() {
		int year = LocalDate.now(clock).getYear();
		if (campaigns.ofYear(year).isPresent()) {
			return;
		}
		var id = campaigns.create(year, "Armoede is geen keuze: drie voorstellen voor uw begroting", """
				Steeds meer mensen in Nederland komen niet rond. Voedselbanken krijgen meer aanvragen en
				veel gemeenten beknibbelen op bijzondere bijstand en noodfondsen.

				Lokale anti-armoedegroepen, cliëntenraden en kerken zien het elke dag. Met hen schreven wij
				deze brief. Wij vragen u de voorstellen te bespreken bij de begroting.
				""", LocalDate.of(year, 4, 15));
		Campaign campaign = campaigns.find(id.value()).orElseThrow();
		campaigns.saveProposal(campaign, null, 1, "Verhoog de bijzondere bijstand naar het niveau van 2012",
				"Zodat een kapotte wasmachine geen schuld wordt.", List.of());
		campaigns.saveProposal(campaign, null, 2, "Geen tegenprestatie zonder vrije keuze",
				"Werken met behoud van uitkering verdringt echt werk en helpt niemand verder.", List.of());
		campaigns.saveProposal(campaign, null, 3, "Een noodfonds in elke gemeente",
				"Binnen een week hulp, zonder dat iemand eerst schulden moet maken.", List.of());
		parts.offer(campaign, "Utrecht", "Anti-armoedegroep Utrecht", "armoedegroep-utrecht@example.org",
				"Anti-armoedegroep Utrecht", null);
		var utrecht = parts.of(campaign.id().value(), "Utrecht").orElseThrow();
		parts.save(utrecht.id(), "Een moeder met twee kinderen wacht zes weken op een besluit over bijzondere bijstand.",
				"* Beslis binnen twee weken over bijzondere bijstand\n* Maak de stadspas gratis", List.of(), List.of(), true,
				"Anti-armoedegroep Utrecht", null);
		parts.approve(utrecht.id(), 1, year, signal -> false);
		parts.offer(campaign, "Zutphen", "Cliëntenraad Zutphen", "clientenraad-zutphen@example.org", null, null);
		var zutphen = parts.of(campaign.id().value(), "Zutphen").orElseThrow();
		parts.save(zutphen.id(), "Bij de voedselbank staan elke week nieuwe gezinnen.", "", List.of(), List.of(), true,
				"Cliëntenraad Zutphen", null);
		parliament(year - 1);
	}

	private void parliament(int year) {
		if (parliament.ofYear(year).isPresent()) {
			return;
		}
		for (String faction : !parliament.factions().isEmpty() ? List.<String>of() : List.of("VVD", "PVV", "GroenLinks-PvdA", "NSC", "D66", "BBB", "CDA", "SP",
				"ChristenUnie", "PvdD", "SGP", "DENK", "Volt", "JA21", "FvD")) {
			parliament.addFaction(faction);
		}
		long id = parliament.createSet(year, "Voorstellen voor de begroting van SZW " + year, """
				Wij vragen de Tweede Kamer om bij de begroting van Sociale Zaken drie dingen te regelen
				voor mensen die niet rondkomen.
				""", LocalDate.of(year, 11, 12));
		var set = parliament.ofYear(year).orElseThrow();
		parliament.saveProposal(set, null, 1, "Een minimumloon en bijstand waarvan je kunt leven",
				"De Nibud-norm als ondergrens.", List.of(), ProposalOutcome.MOTION_REJECTED,
				"https://www.tweedekamer.nl/kamerstukken/moties", null);
		parliament.saveProposal(set, null, 2, "Stop de terugvordering van kleine bedragen",
				"Terugvorderen kost vaak meer dan het oplevert en duwt mensen in de schulden.", List.of(),
				ProposalOutcome.PROMISED, null, "De staatssecretaris zegde een onderzoek toe.");
		parliament.saveProposal(set, null, 3, "Vrijlating van giften in de bijstand",
				"Een gift van familie of kerk mag niet gekort worden.", List.of(), ProposalOutcome.OPEN, null, null);
		var factions = parliament.factions();
		parliament.addVisit(id, factions.get(0).id(), LocalDate.of(year, 10, 2), "Het secretariaat en twee ervaringsdeskundigen",
				"", "De fractie neemt voorstel 2 mee in het debat.");
		parliament.addVisit(id, factions.get(1).id(), LocalDate.of(year, 10, 9), "Het secretariaat", "",
				"Geïnteresseerd in voorstel 3.");
	}
}
