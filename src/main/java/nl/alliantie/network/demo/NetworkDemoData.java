package nl.alliantie.network.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.springframework.stereotype.Component;

import nl.alliantie.network.OrganisationId;
import nl.alliantie.network.PersonId;
import nl.alliantie.network.organisations.OrganisationDetails;
import nl.alliantie.network.organisations.OrganisationStatus;
import nl.alliantie.network.organisations.Organisations;
import nl.alliantie.network.people.PersonRole;
import nl.alliantie.network.people.People;
import nl.alliantie.network.places.Places;
import nl.alliantie.shared.demo.DemoData;

/**
 * A believable, clearly invented network: about 150 organisations in real municipalities over all
 * regions, most with one or two representatives, many with a contact person (about 300 people, all with
 * addresses at demo.alliantie.local), and a coordinator per region.
 */
@Component
class NetworkDemoData implements DemoData {

	static final String[] FIRST = { "Anna", "Bram", "Carla", "Dirk", "Els", "Fatima", "Gert", "Hanneke", "Ibrahim",
			"Joke", "Kees", "Lotte", "Mohamed", "Nel", "Olga", "Piet", "Rian", "Sanne", "Tineke", "Umut", "Vera",
			"Wim", "Yusuf", "Zeynep", "Greet", "Henk", "Marja", "Ruud", "Sevda", "Theo" };

	static final String[] LAST = { "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
			"de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
			"Yılmaz", "El Amrani", "Kok", "Postma", "Hoekstra", "van Dam", "Willems", "Verhoeven", "Kaya", "Prins" };

	static final String[] NAMES = { "Samen Sterk", "De Helpende Hand", "Niemand Aan De Kant", "Het Vangnet",
			"Eerlijk Delen", "De Brug", "Omzien Naar Elkaar", "Krachtbron", "Op Eigen Benen", "Thuis In De Wijk",
			"De Steunpilaar", "Het Open Huis", "Geldzorgen De Baas", "Meedoen", "De Schakel" };

	private final Organisations organisations;

	private final People people;

	private final Places places;

	NetworkDemoData(Organisations organisations, People people, Places places) {
		this.organisations = organisations;
		this.people = people;
		this.places = places;
	}

	@Override
	public String name() {
		return "network";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void load() {
		Random random = new Random(2025);
		List<Places.Municipality> municipalities = new ArrayList<>(places.municipalities());
		List<Places.OrganisationType> types = places.types();
		OrganisationStatus[] statuses = { OrganisationStatus.AANGESLOTEN, OrganisationStatus.AANGESLOTEN,
				OrganisationStatus.AANGESLOTEN, OrganisationStatus.UITGENODIGD, OrganisationStatus.OP_AFSTAND,
				OrganisationStatus.GESTOPT };
		int person = 0;
		java.util.Set<String> used = new java.util.HashSet<>();
		for (int i = 0; i < 150; i++) {
			Places.Municipality municipality = municipalities.get(random.nextInt(municipalities.size()));
			Places.OrganisationType type = types.get(i % types.size());
			String name = type.name().replace(" / ", " ") + " " + NAMES[random.nextInt(NAMES.length)] + " "
					+ municipality.name();
			OrganisationStatus status = statuses[random.nextInt(statuses.length)];
			if (!used.add(name.toLowerCase(Locale.ROOT))) {
				continue;
			}
			OrganisationId id = organisations.register(new OrganisationDetails(name, type.key(), municipality.name(), null, null,
						null, "https://demo-" + (i + 1) + ".example.org", "info@demo-" + (i + 1) + ".example.org", null,
						"Demo: wij helpen mensen met weinig geld in " + municipality.name()
								+ " met geldzaken, eten en gezelschap.",
						status, status == OrganisationStatus.UITGENODIGD ? null
								: java.time.LocalDate.of(2012 + random.nextInt(13), 1 + random.nextInt(12), 1),
						List.of(i % 2 == 0 ? "schulden" : "werk", i % 3 == 0 ? "wonen" : "zorg")));
			int representatives = status == OrganisationStatus.UITGENODIGD ? 0 : 1;
			for (int r = 0; r < representatives; r++) {
				person++;
				organisations.appoint(id, fullName(random), email(person), "demo");
			}
			if (i % 2 == 1 || representatives == 0) {
				person++;
				PersonId contact = people.findOrCreate(fullName(random), email(person), "06 " + (20000000 + person), "demo");
				people.addRole(contact, PersonRole.CONTACTPERSOON, Long.toString(id.value()), "demo");
			}
			if (i % 3 == 0) {
				person++;
				PersonId cadre = people.findOrCreate(fullName(random), email(person), null, "demo");
				people.addRole(cadre, PersonRole.KADERLID, Long.toString(id.value()), "demo");
			}
			if (i % 2 == 0 && representatives == 1) {
				person++;
				organisations.appoint(id, fullName(random), email(person), "demo");
			}
		}
		for (Places.Region region : places.regions()) {
			PersonId coordinator = people.findOrCreate("Demo coördinator " + region.name(),
					"coordinator." + region.key() + "@demo.alliantie.local", null, "demo");
			people.addRole(coordinator, PersonRole.REGIOCOORDINATOR, region.key(), "demo");
		}
	}

	private static String fullName(Random random) {
		return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
	}

	private static String email(int n) {
		return ("persoon" + n + "@demo.alliantie.local").toLowerCase(Locale.ROOT);
	}
}
