package nl.alliantie.signals.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.network.Network;
import nl.alliantie.shared.demo.DemoData;
import nl.alliantie.signals.handling.KnownConsultations;
import nl.alliantie.signals.handling.Report;
import nl.alliantie.signals.handling.Signal;
import nl.alliantie.signals.handling.SignalStore;

/**
 * About 300 believable, invented signals over all themes, regions and the last two years: most
 * published, some new or withheld, many discussed in the regional consultation of January or
 * June, some taken into the council letter, some closed with an outcome. Where the demo
 * consultations (loaded before, announced to this module by their events) were held in that
 * month, the discussion is tied to them, and the signals still waiting are on the agenda of their
 * region's coming demo consultation.
 */
@Component
class SignalsDemoData implements DemoData {

	/** Title and story per theme; {@code %s} is the municipality. */
	record Sample(String theme, String title, String story) {
	}

	static final List<Sample> SAMPLES = List.of(
			new Sample("bijzondere-bijstand", "Geen bijzondere bijstand meer voor een bril",
					"In %s vergoedt de gemeente sinds dit jaar geen bril meer via de bijzondere bijstand. Mensen met een bijstandsuitkering moeten nu zelf 150 euro of meer betalen. Een deelnemer van onze groep kan daardoor de ondertitels op tv niet meer lezen."),
			new Sample("bijzondere-bijstand", "Aanvraag bijzondere bijstand duurt maanden",
					"Bij de gemeente %s wachten mensen drie tot vier maanden op een besluit over bijzondere bijstand. Voor een kapotte wasmachine is dat te lang. Intussen lenen mensen geld bij familie of gaan ze naar de wasserette."),
			new Sample("bijzondere-bijstand", "Gemeente bezuinigt op de meedoenregeling",
					"De meedoenregeling in %s is gehalveerd. Volwassenen kunnen niet meer naar een cursus of de sportschool. Vooral ouderen vereenzamen daardoor."),
			new Sample("schulden", "Wachtlijst schuldhulpverlening loopt op",
					"Wie in %s hulp vraagt bij schulden, krijgt pas na tien weken een eerste gesprek. In die tijd komen er aanmaningen en incassokosten bij. Onze vrijwilligers zien de schulden in die weken soms verdubbelen."),
			new Sample("schulden", "Incassokosten maken kleine schuld groot",
					"Een inwoner van %s had een schuld van 80 euro bij de zorgverzekeraar. Na een half jaar was dat 460 euro door incassokosten. Hij durft zijn post niet meer open te maken."),
			new Sample("schulden", "Beslag op inkomen onder de beslagvrije voet",
					"Bij meerdere mensen in %s wordt meer ingehouden dan mag. Daardoor blijft er geen geld over voor eten. Het kost veel moeite om dat terug te krijgen."),
			new Sample("voedselbank", "Meer aanvragen bij de voedselbank",
					"De voedselbank in %s kreeg dit kwartaal veertig nieuwe huishoudens erbij. Het zijn vaker werkende mensen met een laag inkomen. De pakketten worden kleiner omdat er minder giften binnenkomen."),
			new Sample("voedselbank", "Werkende ouders bij de voedselbank",
					"Steeds meer gezinnen in %s met een baan komen naar de voedselbank. Ze vallen net boven de grens voor bijzondere bijstand. Ze schamen zich en komen pas als de koelkast leeg is."),
			new Sample("voedselbank", "Voedselbank moet mensen weigeren",
					"Omdat de toelatingsnorm streng is, moet de voedselbank in %s mensen wegsturen die wel honger hebben. Een sociaal supermarkt of een ruimere norm zou helpen."),
			new Sample("participatiewet", "Verplichte tegenprestatie zonder begeleiding",
					"Mensen in de bijstand in %s moeten verplicht een tegenprestatie doen. Er is geen begeleiding en geen rekening met ziekte of mantelzorg. Wie niet komt, krijgt een korting op de uitkering."),
			new Sample("participatiewet", "Kostendelersnorm houdt gezinnen uit elkaar",
					"Een moeder in %s kan haar volwassen zoon niet in huis nemen, omdat haar uitkering dan omlaag gaat. De zoon slaapt nu bij vrienden op de bank."),
			new Sample("participatiewet", "Strenge controle bij giften",
					"In %s moest een vrouw een boodschappentas van de kerk terugbetalen omdat het als inkomen telde. Mensen durven nu geen hulp meer aan te nemen."),
			new Sample("werken-met-behoud", "Onbetaald werk met behoud van uitkering",
					"In %s werken mensen maandenlang in een kringloopwinkel of plantsoen zonder loon, met behoud van uitkering. Het leidt zelden tot een betaalde baan. Zij voelen zich gebruikt."),
			new Sample("werken-met-behoud", "Werkervaringsplaats verdringt betaalde banen",
					"Een schoonmaakbedrijf in %s gebruikt mensen met behoud van uitkering in plaats van betaalde krachten. De vakbond en onze groep maken zich daar zorgen over."),
			new Sample("zorg-ggz", "Eigen risico houdt mensen weg bij de dokter",
					"Mensen met weinig geld in %s gaan niet naar de huisarts of laten een onderzoek niet doen vanwege het eigen risico. Klachten worden daardoor erger."),
			new Sample("zorg-ggz", "Lange wachttijd in de ggz",
					"Voor hulp bij depressie wachten mensen in %s een half jaar. Intussen lopen schulden en problemen thuis op. Huisartsen weten niet waar ze naartoe moeten verwijzen."),
			new Sample("zorg-ggz", "Gemeente schrapt huishoudelijke hulp",
					"Ouderen in %s krijgen minder uren huishoudelijke hulp via de Wmo. Wie het niet zelf kan betalen, woont in een vies huis."),
			new Sample("wonen-energie", "Energierekening niet te betalen",
					"In %s zetten ouderen de verwarming uit omdat de rekening te hoog is. Een vrouw van 78 zit met een jas aan in de kamer. Het energiefonds was binnen twee maanden leeg."),
			new Sample("wonen-energie", "Huurachterstand door hoge vaste lasten",
					"Bij de woningcorporatie in %s lopen meer huurders achter met betalen. Vaak is de oorzaak een hoge energierekening of een terugvordering van toeslagen."),
			new Sample("wonen-energie", "Tochtige huurwoningen en hoge kosten",
					"Huurders in een oude wijk in %s wonen in slecht geïsoleerde huizen. Ze stoken veel en betalen daarom meer dan huurders van nieuwe woningen."),
			new Sample("kinderen", "Kinderen kunnen niet mee op schoolreis",
					"Op een basisschool in %s blijven elk jaar kinderen thuis bij het schoolreisje omdat ouders de bijdrage niet kunnen betalen. Het kindpakket van de gemeente is onbekend bij ouders."),
			new Sample("kinderen", "Geen geld voor sport en zwemles",
					"In %s hebben veel kinderen uit arme gezinnen geen zwemdiploma. Het Jeugdfonds Sport helpt, maar de aanvraag via school loopt vaak vast."),
			new Sample("kinderen", "Jongeren met schulden bij hun achttiende",
					"Jongeren in %s krijgen meteen na hun achttiende een zorgverzekering en een telefoonabonnement. Binnen een jaar hebben sommigen al duizenden euro's schuld."),
			new Sample("toeslagen", "Toeslag teruggevorderd na kleine wijziging",
					"Een gezin in %s moet 2.300 euro zorgtoeslag en huurtoeslag terugbetalen omdat het inkomen iets hoger was dan geschat. Het geld is al uitgegeven aan de vaste lasten."),
			new Sample("toeslagen", "Gedupeerden toeslagenaffaire wachten nog steeds",
					"Ouders in %s die door de toeslagenaffaire zijn geraakt, wachten nog altijd op herstel. Hun schulden lopen intussen door."),
			new Sample("toeslagen", "Kinderopvangtoeslag te ingewikkeld",
					"Moeders in %s die weer aan het werk gaan, durven geen kinderopvangtoeslag aan te vragen uit angst om later te moeten terugbetalen."));

	static final String[] OUTCOMES = { "De gemeente heeft de regeling hersteld.",
			"De wethouder zegt toe de wachttijd te verkorten.", "Opgenomen in de raadsbrief van april.",
			"Besproken met de Kamerfracties in het najaar.", "De gemeenteraad heeft een motie aangenomen.",
			"Nog geen resultaat; wij blijven het volgen." };

	private final SignalStore store;

	private final Network network;

	private final JdbcClient jdbc;

	private final KnownConsultations consultations;

	private final Clock clock;

	SignalsDemoData(SignalStore store, Network network, JdbcClient jdbc, KnownConsultations consultations, Clock clock) {
		this.clock = clock;
		this.store = store;
		this.network = network;
		this.jdbc = jdbc;
		this.consultations = consultations;
	}

	@Override
	public String name() {
		return "signals";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	@Transactional
	public void load() {
		Random random = new Random(5);
		List<Network.MunicipalitySummary> municipalities = network.municipalities();
		LocalDate today = LocalDate.now(clock);
		List<KnownConsultations.Known> meetings = consultations.since(today.minusDays(800));
		for (int i = 0; i < 300; i++) {
			Sample sample = SAMPLES.get(i % SAMPLES.size());
			Network.MunicipalitySummary m = municipalities.get(random.nextInt(municipalities.size()));
			boolean place = i % 17 != 0;
			Signal.Place where = place ? new Signal.Place(m.name(), m.province(), m.regionKey()) : Signal.Place.NONE;
			String kind = switch (i % 4) {
				case 0, 1 -> "ORGANISATIE";
				case 2 -> "PERSOON";
				default -> "ANONIEM";
			};
			List<String> themes = i % 5 == 0
					? List.of(sample.theme(), SAMPLES.get((i * 7 + 3) % SAMPLES.size()).theme()).stream().distinct().toList()
					: List.of(sample.theme());
			LocalDate seen = today.minusDays(random.nextInt(730));
			SignalStore.Created created = store.create(new Report(sample.title(), sample.story().formatted(where.municipality() == null
					? "onze gemeente" : where.municipality()), themes, where,
					where.regionKey() != null ? where.regionKey() : (i % 2 == 0 ? "west" : null), seen, kind, null,
					"ORGANISATIE".equals(kind) ? "Demo-organisatie " + (i % 40 + 1) : null,
					"PERSOON".equals(kind) ? "Demo melder " + i : null,
					"ANONIEM".equals(kind) ? null : "melder" + i + "@demo.alliantie.local", i % 11 != 0,
					UUID.nameUUIDFromBytes(("demo-signal-" + i).getBytes())));
			if (!created.isNew()) {
				continue;
			}
			long id = created.id();
			jdbc.sql("update signals_signal set created_at = least(:at, now()), updated_at = least(:at, now()) where id = :id")
				.param("at", java.sql.Timestamp.valueOf(seen.plusDays(1).atTime(10, 0)))
				.param("id", id)
				.update();
			jdbc.sql("update signals_trail set happened_on = :on where signal_id = :id").param("on", seen.plusDays(1))
				.param("id", id).update();
			int stage = i % 10;
			if (stage == 0 && seen.isAfter(today.minusDays(30))) {
				continue; // still new
			}
			Signal signal = store.lock(id).orElseThrow();
			if (stage == 9) {
				signal.withhold("Niet over armoede.", seen.plusDays(3));
				store.save(signal, "demo");
				continue;
			}
			signal.takeUp(seen.plusDays(3));
			LocalDate onAgenda = seen.plusDays(4);
			LocalDate consultation = nextConsultation(onAgenda);
			String region = signal.regionKey() != null ? signal.regionKey() : "noord";
			if (stage >= 3 && consultation.isBefore(today)) {
				YearMonth meetingMonth = YearMonth.from(consultation);
				KnownConsultations.Known held = meetings.stream()
					.filter(k -> k.regionKey().equals(region) && k.on().isAfter(onAgenda) && k.on().isBefore(today)
							&& YearMonth.from(k.on()).equals(meetingMonth))
					.findFirst()
					.orElse(null);
				Long heldId = held == null ? null : held.id();
				consultation = held == null ? consultation : held.on();
				signal.putOnAgenda(region, heldId, "", onAgenda);
				signal.discussed(consultation, "Besproken in het regio-overleg van " + month(consultation) + " "
						+ consultation.getYear() + ". Afgesproken: meer voorbeelden verzamelen en de wethouder aanspreken.", heldId);
				if (stage >= 5 && consultation.plusMonths(3).isBefore(today)) {
					signal.takenIntoLobby(consultation.plusMonths(2), "Opgenomen in de raadsbrief aan alle gemeenteraden.", null);
					if (stage >= 7 && consultation.plusMonths(5).isBefore(today)) {
						signal.finish(consultation.plusMonths(5), OUTCOMES[i % OUTCOMES.length]);
					}
				}
			}
			else if (stage >= 3) {
				Long coming = meetings.stream()
					.filter(k -> k.regionKey().equals(region) && !k.on().isBefore(today))
					.map(KnownConsultations.Known::id)
					.findFirst()
					.orElse(null);
				signal.putOnAgenda(region, coming, "Voor het komende regio-overleg.", onAgenda);
			}
			store.save(signal, "demo");
		}
	}

	/** The regional consultations meet in January and June. */
	static LocalDate nextConsultation(LocalDate after) {
		LocalDate january = LocalDate.of(after.getYear(), 1, 20);
		LocalDate june = LocalDate.of(after.getYear(), 6, 10);
		if (after.isBefore(january)) {
			return january;
		}
		if (after.isBefore(june)) {
			return june;
		}
		return january.plusYears(1);
	}

	static String month(LocalDate date) {
		return date.getMonthValue() == 1 ? "januari" : "juni";
	}
}
