package nl.alliantie.agendas.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.agendas.PartyKind;
import nl.alliantie.agendas.Verdict;
import nl.alliantie.agendas.agenda.AgendaStore;
import nl.alliantie.agendas.agenda.AgendaView;
import nl.alliantie.network.Network;
import nl.alliantie.shared.demo.DemoData;
import nl.alliantie.signals.Signals;

/**
 * About eighty municipalities with an agenda every year since they started (the first in 2010),
 * made the way people make them: written, agreed, judged at year end, closed and carried on, so
 * that steps not reached come back the next year and reached steps get a follow-up. This year's
 * agendas are agreed (some still a concept) with a few steps already reached.
 */
@Component
class AgendasDemoData implements DemoData {

	static final int MUNICIPALITIES = 80;

	static final String[] STEPS = { "Folder over alle regelingen bij de huisartsen", "Inloopspreekuur geldzaken in de bibliotheek",
			"Vroeg melden van huurachterstand afgesproken", "Schoolspullenpas voor alle kinderen", "Energiecoach voor honderd huishoudens",
			"Minimagroep praat mee over het armoedebeleid", "Tien vrijwilligers getraind in thuisadministratie",
			"Gratis zwemles voor kinderen uit gezinnen met weinig geld", "Wachttijd schuldhulp korter dan vier weken",
			"Maandelijks overleg tussen voedselbank en gemeente" };

	private final AgendaStore store;

	private final Network network;

	private final Signals signals;

	private final Clock clock;

	AgendasDemoData(AgendaStore store, Network network, Signals signals, Clock clock) {
		this.store = store;
		this.network = network;
		this.signals = signals;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "agendas";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	@Transactional
	public void load() {
		int now = LocalDate.now(clock).getYear();
		List<Network.MunicipalitySummary> chosen = new ArrayList<>();
		List<Network.OrganisationSummary> leads = new ArrayList<>();
		for (Network.MunicipalitySummary m : network.municipalities()) {
			List<Network.OrganisationSummary> here = network.organisationsIn(m.name(), 1);
			if (!here.isEmpty() && chosen.size() < MUNICIPALITIES) {
				chosen.add(m);
				leads.add(here.get(0));
			}
		}
		for (int i = 0; i < chosen.size(); i++) {
			int first = Math.min(now, 2010 + (i * 7) % 15);
			agendas(i, chosen.get(i), leads.get(i), first, now);
		}
	}

	private void agendas(int i, Network.MunicipalitySummary m, Network.OrganisationSummary lead, int first, int now) {
		List<Network.KnownRepresentative> representatives = network.representativesOf(lead.id());
		Network.KnownRepresentative contact = representatives.isEmpty() ? null : representatives.get(0);
		long id = store.create(m, first, new AgendaStore.Lead(lead.id().value(), lead.name(),
				contact == null ? null : contact.name(), contact == null ? null : contact.email()),
				m.name() + " armoedevrij in 2030: niemand staat er alleen voor.");
		long leadParty = store.addParty(id, new AgendaStore.PartyDetails(lead.id().value(), lead.name(),
				i % 2 == 0 ? PartyKind.BASISGROEP : PartyKind.MAATSCHAPPELIJK, contact == null ? null : contact.name(),
				contact == null ? null : contact.email()));
		long council = store.addParty(id, new AgendaStore.PartyDetails(null, "Gemeente " + m.name(), PartyKind.GEMEENTE,
				"Beleidsmedewerker armoede", "gemeente-" + i + "@demo.alliantie.local"));
		long housing = store.addParty(id, new AgendaStore.PartyDetails(null, "Woonstichting " + m.name(), PartyKind.BEDRIJF,
				"Wijkconsulent", "woonstichting-" + i + "@demo.alliantie.local"));
		store.addActivity(id, leadParty, "Wekelijks inloopspreekuur over geldzorgen", "Iedereen met weinig geld",
				"Dinsdagochtend in het buurthuis");
		store.addActivity(id, council, "Bijzondere bijstand en een meedoenregeling", "Inwoners tot 120% van het minimum",
				"Via het loket of de website van de gemeente");
		List<Long> cited = signals.publishedIn(m.name(), 2).stream().map(s -> s.id().value()).toList();
		store.addNeed(id, "Hulp die mensen vinden voordat de schulden groot zijn",
				"Mensen komen nu pas als de deurwaarder al langs is geweest.", cited);
		long[] owners = { leadParty, council, housing };
		for (int s = 0; s < 3; s++) {
			store.addStep(id, new AgendaStore.StepDetails(owners[s], null, STEPS[(i + s) % STEPS.length],
					LocalDate.of(first, 3 + s * 3, 1), "Aan het eind van het jaar weten we hoeveel mensen het bereikte.", null));
		}
		for (int year = first; year <= now; year++) {
			AgendaView agenda = store.find(id).orElseThrow();
			if (i % 3 == 0) {
				store.changeAdvice(id, "Advies van het secretariaat voor " + year + ":\n\n- betrek de **basisgroepen** bij elke stap\n"
						+ "- spreek in het voorjaar af wie de stappen volgt");
			}
			if (year == now && i % 5 == 0) {
				return;
			}
			store.adopt(id);
			List<AgendaView.Step> steps = agenda.steps();
			for (int s = 0; s < steps.size(); s++) {
				AgendaView.Step step = steps.get(s);
				int pick = (i + year + s) % 4;
				if (year == now) {
					if (pick == 0) {
						store.judgeOn(id, step.id(), Verdict.BEHAALD, "Gelukt: het loopt sinds de zomer.",
								LocalDate.now(clock).minusDays(s + 1L));
					}
					continue;
				}
				Verdict verdict = pick < 2 ? Verdict.BEHAALD : pick == 2 ? Verdict.DEELS_BEHAALD : Verdict.NIET_BEHAALD;
				store.judgeOn(id, step.id(), verdict, switch (verdict) {
					case BEHAALD -> "Gedaan zoals afgesproken.";
					case DEELS_BEHAALD -> "Half gelukt: er was te weinig tijd.";
					default -> "Niet gelukt: de financiering kwam niet rond.";
				}, LocalDate.of(year, 12, 10));
			}
			if (year == now) {
				return;
			}
			store.close(id);
			AgendaStore.CarriedOn next = store.carryOn(id);
			for (AgendaStore.FollowUp asked : next.asked()) {
				store.addStep(next.agendaId(), new AgendaStore.StepDetails(asked.partyId(), null,
						STEPS[(int) ((asked.stepId() + year) % STEPS.length)], LocalDate.of(year + 1, 6, 30),
						"Het is gedaan en we weten hoeveel mensen het bereikte.", asked.stepId()));
			}
			id = next.agendaId();
		}
	}
}
