package nl.alliantie.agendas;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.agendas.agenda.AgendaStore;
import nl.alliantie.network.Network;
import nl.alliantie.network.NetworkFixtures;
import nl.alliantie.network.OrganisationId;

/** Agendas for tests that share one database: each in a municipality and year no other agenda has. */
@Component
public class AgendaFixtures {

	/** An agenda with its kartrekker, one party of the network and one that is not, and one step. */
	public record Made(long id, String municipality, int year, OrganisationId lead, long memberParty,
			long otherParty, long step) {
	}

	private final AgendaStore store;

	private final JdbcClient jdbc;

	private final NetworkFixtures network;

	private final Network networkApi;

	AgendaFixtures(AgendaStore store, JdbcClient jdbc, NetworkFixtures network, Network networkApi) {
		this.store = store;
		this.jdbc = jdbc;
		this.network = network;
		this.networkApi = networkApi;
	}

	/** A municipality without an agenda in {@code year}. */
	public String freeMunicipality(int year) {
		return jdbc.sql("""
				select m.name from network_municipality m
				where not exists (select 1 from agendas_agenda a where a.municipality = m.name and a.year = :year)
				order by random() limit 1
				""")
			.param("year", year)
			.query(String.class)
			.single();
	}

	public Made agenda(int year) {
		String municipality = freeMunicipality(year);
		OrganisationId lead = network.organisation(municipality);
		String leadName = networkApi.organisation(lead).orElseThrow().name();
		long id = store.create(networkApi.municipality(municipality).orElseThrow(), year,
				new AgendaStore.Lead(lead.value(), leadName, "Kees Trekker", unique("trekker")), "Armoedevrij in 2030");
		long member = store.addParty(id, new AgendaStore.PartyDetails(lead.value(), leadName, PartyKind.BASISGROEP,
				"Mien Lid", unique("lid")));
		long other = store.addParty(id, new AgendaStore.PartyDetails(null, "Woonstichting " + UUID.randomUUID().toString().substring(0, 6),
				PartyKind.BEDRIJF, "Wim Woning", unique("woning")));
		long step = store.addStep(id, new AgendaStore.StepDetails(member, null, "Folder bij de huisartsen",
				LocalDate.of(year, 6, 30), "Folder ligt bij tien huisartsen", null));
		return new Made(id, municipality, year, lead, member, other, step);
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.alliantie.local";
	}
}
