package nl.alliantie.lobby;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.lobby.parliament.Parliament;
import nl.alliantie.lobby.parliament.ProposalOutcome;
import nl.alliantie.shared.events.EventsHeard;
import nl.alliantie.signals.SignalFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Proposals to parliament: a set per year, the factions, visits, outcomes with a link, and the signals behind them. */
@AlliantieTest
class LobbyParliamentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Parliament parliament;

	@Autowired
	SignalFixtures signals;

	@Autowired
	EventsHeard events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestLogins logins;

	/** A year no set of proposals has yet (other tests share the database). */
	private int freeYear() {
		while (true) {
			int year = 2000 + ThreadLocalRandom.current().nextInt(100);
			if (parliament.ofYear(year).isEmpty()) {
				return year;
			}
		}
	}

	@Test
	void theSecretariatKeepsProposalsVisitsAndOutcomesAndThePublicSeesThemWithTheSignalsBehind() throws Exception {
		int year = freeYear();
		String word = SignalFixtures.word();
		long signal = signals.published("Kamersignaal " + word, "Steeds meer gezinnen bij de voedselbank.", "Zwolle");
		String faction = "Fractie " + word;

		mvc.perform(post("/beheer/lobby/kamer").with(logins.secretariat()).with(csrf())
				.param("jaar", Integer.toString(year)).param("titel", "Voorstellen voor de begroting " + word)
				.param("inleiding", "Wij vragen de Kamer om **drie** dingen.").param("debatdatum", year + "-11-12"))
			.andExpect(redirectedUrl("/beheer/lobby/kamer/" + year));
		mvc.perform(post("/beheer/lobby/fracties").with(logins.secretariat()).with(csrf()).param("naam", faction))
			.andExpect(redirectedUrl("/beheer/lobby/fracties"));
		long factionId = parliament.factions().stream().filter(f -> f.name().equals(faction)).findFirst().orElseThrow().id();

		mvc.perform(post("/beheer/lobby/kamer/" + year + "/voorstellen").with(logins.secretariat()).with(csrf())
				.param("nummer", "1").param("titel", "Verhoog het kindgebonden budget").param("toelichting", "Zodat geen kind honger heeft.")
				.param("signalen", Long.toString(signal)).param("uitkomst", "MOTION_PASSED")
				.param("link", "https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2026Z00001").param("notitie", ""))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/beheer/lobby/kamer/" + year + "/bezoeken").with(logins.secretariat()).with(csrf())
				.param("fractie", Long.toString(factionId)).param("datum", year + "-10-01")
				.param("bezoekers", "Anna van de voedselbank, Piet van de cliëntenraad").param("woordvoerder", "Mevrouw Kamerlid")
				.param("uitkomst", "De fractie dient een motie in."))
			.andExpect(status().is3xxRedirection());

		var set = parliament.ofYear(year).orElseThrow();
		var proposal = parliament.proposals(set.id()).get(0);
		assertThat(proposal.outcome()).isEqualTo(ProposalOutcome.MOTION_PASSED);
		assertThat(proposal.signalIds()).containsExactly(signal);
		assertThat(parliament.visits(set.id())).singleElement().satisfies(v -> {
			assertThat(v.faction()).isEqualTo(faction);
			assertThat(v.spokesperson()).isEqualTo("Mevrouw Kamerlid");
		});

		mvc.perform(get("/lobby/" + year))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Voorstellen voor de begroting " + word)))
			.andExpect(content().string(containsString("<strong>drie</strong>")))
			.andExpect(content().string(containsString("Motie aangenomen")))
			.andExpect(content().string(containsString("href=\"https://www.tweedekamer.nl/kamerstukken/moties/detail?id=2026Z00001\"")))
			.andExpect(content().string(containsString(faction)))
			.andExpect(content().string(containsString("Woordvoerder: Mevrouw Kamerlid")))
			.andExpect(content().string(containsString("href=\"/signalen/" + signal + "\">Kamersignaal " + word)));

		// the signal goes into the lobby, and its trail leads to the proposal
		events.await();
		assertThat(signals.status(signal)).isEqualTo("IN_LOBBY");
		assertThat(jdbc.sql("select count(*) from signals_trail where signal_id = :id and kind = 'LOBBY' and lobby_id = :lobby")
			.param("id", signal).param("lobby", proposal.id()).query(Integer.class).single()).isEqualTo(1);
		mvc.perform(get("/lobby/stuk/" + proposal.id())).andExpect(redirectedUrl("/lobby/" + year + "#kamer-1"));
		// changing the outcome does not cite the signal twice
		mvc.perform(post("/beheer/lobby/kamer/" + year + "/voorstellen/" + proposal.id()).with(logins.secretariat()).with(csrf())
				.param("nummer", "1").param("titel", "Verhoog het kindgebonden budget").param("toelichting", "Zodat geen kind honger heeft.")
				.param("signalen", Long.toString(signal)).param("uitkomst", "PROMISED").param("link", "").param("notitie", "Toegezegd in het debat."))
			.andExpect(status().is3xxRedirection());
		events.await();
		assertThat(jdbc.sql("select count(*) from signals_trail where signal_id = :id and kind = 'LOBBY'")
			.param("id", signal).query(Integer.class).single()).isEqualTo(1);
		assertThat(parliament.proposals(set.id()).get(0).outcome()).isEqualTo(ProposalOutcome.PROMISED);
		assertThat(parliament.proposals(set.id()).get(0).outcomeUrl()).isNull();
	}

	@Test
	void mistakesAreToldBesideTheFieldAndTheFormKeepsWhatWasTyped() throws Exception {
		int year = freeYear();
		parliament.createSet(year, "Voorstellen " + year, "", null);
		String word = SignalFixtures.word();

		mvc.perform(post("/beheer/lobby/kamer/" + year + "/voorstellen").with(logins.secretariat()).with(csrf())
				.param("nummer", "een").param("titel", "Titel " + word).param("toelichting", "Uitleg")
				.param("signalen", "12 en 13").param("uitkomst", "GEWONNEN").param("link", "javascript:alert(1)"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Vul het nummer in met cijfers, zoals 3.")))
			.andExpect(content().string(containsString("Vul alleen nummers van signalen in")))
			.andExpect(content().string(containsString("Kies een van de mogelijkheden.")))
			.andExpect(content().string(containsString("Vul een webadres in dat begint met https://")))
			.andExpect(content().string(containsString("value=\"Titel " + word + "\"")))
			.andExpect(content().string(not(containsString("href=\"javascript:"))));
		mvc.perform(post("/beheer/lobby/kamer/" + year + "/bezoeken").with(logins.secretariat()).with(csrf())
				.param("fractie", "999999999").param("datum", "1 oktober").param("bezoekers", "Anna " + word))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Kies een fractie uit de lijst.")))
			.andExpect(content().string(containsString("Vul een datum in, zoals")))
			.andExpect(content().string(containsString("value=\"Anna " + word + "\"")));
		mvc.perform(post("/beheer/lobby/kamer").with(logins.secretariat()).with(csrf())
				.param("jaar", Integer.toString(year)).param("titel", "Nog een keer").param("inleiding", "").param("debatdatum", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Voor dit jaar zijn er al voorstellen aan de Tweede Kamer.")));
		String faction = "Dubbel " + word;
		parliament.addFaction(faction);
		mvc.perform(post("/beheer/lobby/fracties").with(logins.secretariat()).with(csrf()).param("naam", faction.toUpperCase()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Er is al een fractie met deze naam.")));
		// only the secretariat, and a year without any lobby is not found
		mvc.perform(get("/beheer/lobby/kamer/" + year)).andExpect(status().is3xxRedirection());
		assertThat(parliament.proposals(parliament.ofYear(year).orElseThrow().id())).isEmpty();
		mvc.perform(get("/beheer/lobby/kamer/" + year).with(logins.secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Voorstellen " + year)));
	}
}
