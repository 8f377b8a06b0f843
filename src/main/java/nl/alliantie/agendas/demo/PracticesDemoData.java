package nl.alliantie.agendas.demo;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.agendas.practices.Practices;
import nl.alliantie.shared.demo.DemoData;

/**
 * A dozen good practices: eight the secretariat wrote, and four made from reached steps of the demo
 * agendas (after {@link AgendasDemoData}), the way the secretariat makes them from a step.
 */
@Component
class PracticesDemoData implements DemoData {

	static final List<Practices.Details> WRITTEN = List.of(
			new Practices.Details("Schuldhulp zonder wachtlijst",
					"De gemeente en de vrijwilligers van de thuisadministratie spraken af dat iedereen met schulden binnen vijf werkdagen een eerste gesprek krijgt. De vrijwilligers doen het eerste gesprek; de schuldhulpverlener sluit aan als het nodig is.",
					"Zwolle", "Gemeente Zwolle", "schulden, schuldhulp",
					"Twintig getrainde vrijwilligers, een vaste contactpersoon bij de gemeente en een gedeelde agenda.",
					"Anna de Vries", "anna.devries@voorbeeld.alliantie.local", null),
			new Practices.Details("Energiecoaches aan de keukentafel",
					"Energiecoaches bezochten honderd huishoudens met een hoge energierekening. Ze plakten tochtstrips, vervingen lampen en hielpen met de energietoeslag.",
					"Groningen", "Stichting Warm Thuis", "energie, wonen",
					"Een budget voor kleine materialen, een training van een dag en een lijst met adressen van de woningcorporatie.",
					null, null, null),
			new Practices.Details("Schoolspullenpas voor ieder kind",
					"Alle kinderen in gezinnen met een laag inkomen kregen voor de zomer een pas voor schoolspullen, zonder dat de ouders iets hoefden aan te vragen.",
					"Nijmegen", "Gemeente Nijmegen", "kinderen, onderwijs",
					"Een afspraak tussen gemeente en scholen over het delen van adressen, en een winkel die de pas aanneemt.",
					"Karim El Amrani", "k.elamrani@voorbeeld.alliantie.local", null),
			new Practices.Details("Minimagroep aan tafel bij het armoedebeleid",
					"Een groep inwoners die zelf rond moeten komen van weinig geld praat elk kwartaal mee over het armoedebeleid. Hun advies staat als vast punt op de agenda van de wethouder.",
					"Tilburg", "Minimagroep Tilburg", "meedoen, beleid",
					"Een vergoeding voor de deelnemers, een vaste ambtenaar en de afspraak dat de wethouder op elk advies antwoordt.",
					null, null, null),
			new Practices.Details("Vroeg melden van huurachterstand",
					"Woningcorporaties melden een huurachterstand van een maand bij de gemeente. Een medewerker belt binnen een week aan en helpt voor de schuld groeit.",
					"Leeuwarden", "Woonstichting Noord", "wonen, schulden",
					"Een convenant over het delen van gegevens en twee medewerkers die aanbellen.",
					null, null, null),
			new Practices.Details("Gratis zwemles",
					"Kinderen uit gezinnen met weinig geld halen gratis hun zwemdiploma. Het zwembad houdt plekken vrij en de gemeente betaalt.",
					"Enschede", "Sportbedrijf Enschede", "kinderen, sport",
					"Geld uit het kindpakket en een zwembad dat plekken vrijhoudt.",
					null, null, null),
			new Practices.Details("Inloopspreekuur over geldzaken in de bibliotheek",
					"Elke dinsdag kan iedereen zonder afspraak in de bibliotheek terecht met vragen over brieven, toeslagen en rekeningen.",
					"Deventer", "Bibliotheek Deventer", "geldzaken, toeslagen",
					"Een ruimte in de bibliotheek, vier vrijwilligers en een telefoonnummer van de gemeente voor lastige vragen.",
					null, null, null),
			new Practices.Details("Voedselbank en gemeente maandelijks om tafel",
					"De voedselbank en de gemeente bespreken elke maand wie er nieuw bij de voedselbank komt en welke hulp die mensen nog missen.",
					"Almere", "Voedselbank Almere", "voedsel, samenwerking",
					"Een vaste datum, toestemming van de klanten om hun vraag door te geven en een ambtenaar die doorpakt.",
					null, null, null));

	private final Practices practices;

	private final JdbcClient jdbc;

	PracticesDemoData(Practices practices, JdbcClient jdbc) {
		this.practices = practices;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "agendas-practices";
	}

	@Override
	public int order() {
		return 55;
	}

	@Override
	@Transactional
	public void load() {
		WRITTEN.forEach(practices::create);
		List<Long> reached = jdbc.sql("""
				select distinct on (a.municipality) s.id from agendas_step s join agendas_agenda a on a.id = s.agenda_id
				where s.verdict = 'BEHAALD' order by a.municipality, s.id limit 4
				""")
			.query(Long.class)
			.list();
		for (long step : reached) {
			practices.reachedStep(step).ifPresent(source -> practices.create(new Practices.Details(source.what(),
					source.what() + (source.verdictNote().isBlank() ? "" : "\n\n" + source.verdictNote()), source.municipality(),
					source.party(), "lokale sociale agenda", source.measure(), source.contactName(), source.contactEmail(), step)));
		}
	}
}
