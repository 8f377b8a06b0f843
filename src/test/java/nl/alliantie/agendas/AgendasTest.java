package nl.alliantie.agendas;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.agendas.agenda.Agenda;
import nl.alliantie.agendas.agenda.AgendaStore;
import nl.alliantie.network.Network;
import nl.alliantie.network.NetworkFixtures;
import nl.alliantie.network.OrganisationId;
import nl.alliantie.network.PersonId;
import nl.alliantie.network.people.People;
import nl.alliantie.shared.events.EventsHeard;
import nl.alliantie.signals.SignalFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Making and editing an agenda through its pages, its rules, who may edit, the public pages and the facade. */
@AlliantieTest
class AgendasTest {

	static final int YEAR = LocalDate.now().getYear();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	AgendaFixtures fixtures;

	@Autowired
	NetworkFixtures network;

	@Autowired
	Network networkApi;

	@Autowired
	SignalFixtures signals;

	@Autowired
	AgendaStore store;

	@Autowired
	Agendas agendas;

	@Autowired
	People people;

	@Autowired
	EventsHeard heard;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecretariatMakesAnAgendaWithPartiesActivitiesNeedsAndStepsAndThePublicSeesIt() throws Exception {
		String municipality = fixtures.freeMunicipality(YEAR);
		OrganisationId lead = network.organisation(municipality);
		String leadName = networkApi.organisation(lead).orElseThrow().name();
		var secretariat = logins.secretariat();
		String location = mvc.perform(post("/beheer/sociale-agendas").with(secretariat).with(csrf())
				.param("gemeente", municipality.toUpperCase()).param("jaar", Integer.toString(YEAR))
				.param("kartrekker", leadName).param("contactNaam", "Kees").param("contactEmail", "kees@example.org")
				.param("ambitie", municipality + " armoedevrij in 2030"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll(".*/(\\d+)\\?.*", "$1"));
		assertThat(store.find(id)).hasValueSatisfying(a -> {
			assertThat(a.leadOrganisationId()).isEqualTo(lead.value());
			assertThat(a.municipality()).isEqualTo(municipality);
			assertThat(a.state()).isEqualTo(AgendaState.CONCEPT);
		});

		mvc.perform(post("/beheer/sociale-agendas/" + id + "/partijen").with(secretariat).with(csrf())
				.param("naam", leadName).param("soort", "BASISGROEP"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/beheer/sociale-agendas/" + id + "/partijen").with(secretariat).with(csrf())
				.param("naam", "Gemeente " + municipality).param("soort", "GEMEENTE")
				.param("partijContact", "Wethouder").param("partijEmail", "wethouder@example.org"))
			.andExpect(status().is3xxRedirection());
		var agenda = store.find(id).orElseThrow();
		assertThat(agenda.parties()).extracting(p -> p.organisationId()).containsExactlyInAnyOrder(lead.value(), null);
		long member = agenda.parties().stream().filter(p -> p.organisationId() != null).findFirst().orElseThrow().id();
		long council = agenda.parties().stream().filter(p -> p.organisationId() == null).findFirst().orElseThrow().id();

		long cited = signals.published("Energiefonds dicht " + SignalFixtures.word(), "Het fonds is leeg.", municipality);
		long elsewhere = signals.published("Elders", "Niet hier.", fixtures.freeMunicipality(1999).equals(municipality) ? "Utrecht" : "Zwolle");
		mvc.perform(post("/beheer/sociale-agendas/" + id + "/activiteiten").with(secretariat).with(csrf())
				.param("activiteitPartij", Long.toString(member)).param("activiteit", "Inloopspreekuur op dinsdag")
				.param("voorWie", "Iedereen met geldzorgen").param("bereik", "Buurthuis De Linde"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/beheer/sociale-agendas/" + id + "/behoeften").with(secretariat).with(csrf())
				.param("nodig", "Een energiefonds dat open blijft").param("waarom", "Mensen zitten in de kou")
				.param("signalen", Long.toString(cited), Long.toString(elsewhere)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/beheer/sociale-agendas/" + id + "/stappen").with(secretariat).with(csrf())
				.param("partij", Long.toString(council)).param("stap", "Fonds heropenen voor de winter")
				.param("datum", YEAR + "-10-01").param("maatstaf", "Het fonds is op 1 oktober open"))
			.andExpect(status().is3xxRedirection());

		agenda = store.find(id).orElseThrow();
		assertThat(agenda.needs()).singleElement().satisfies(n -> {
			assertThat(n.signalIds()).as("only a published signal of this municipality is cited").containsExactly(cited);
			assertThat(n.signals()).extracting(s -> s.href()).containsExactly("/signalen/" + cited);
		});
		assertThat(agenda.steps()).singleElement().satisfies(s -> assertThat(s.partyId()).isEqualTo(council));

		mvc.perform(get(java.net.URI.create(agenda.href())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(municipality + " armoedevrij in 2030"),
					containsString("Inloopspreekuur op dinsdag"), containsString("Een energiefonds dat open blijft"),
					containsString("/signalen/" + cited), containsString("Fonds heropenen voor de winter"),
					containsString("Gemeente " + municipality), containsString("Nog geen oordeel"))));
		mvc.perform(get(java.net.URI.create(nl.alliantie.network.places.Places.municipalityHref(municipality))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Lokale sociale agenda"), containsString(agenda.href()))));

		assertThat(agendas.agenda(municipality, YEAR)).hasValueSatisfying(summary -> {
			assertThat(summary.state()).isEqualTo(AgendaState.CONCEPT);
			assertThat(summary.steps()).isEqualTo(1);
			assertThat(summary.leadName()).isEqualTo(leadName);
		});
		assertThat(agendas.steps(new AgendaId(id))).singleElement()
			.satisfies(s -> assertThat(s.party()).isEqualTo("Gemeente " + municipality));
	}

	@Test
	void badInputGetsADutchSentenceBesideTheFieldAndKeepsWhatWasTyped() throws Exception {
		var made = fixtures.agenda(YEAR);
		var secretariat = logins.secretariat();
		String base = "/beheer/sociale-agendas/" + made.id();
		mvc.perform(post(base + "/stappen").with(secretariat).with(csrf()).param("partij", Long.toString(made.otherParty()))
				.param("stap", "Iets dat volgend jaar pas kan").param("datum", (YEAR + 1) + "-03-01").param("maatstaf", "Klaar"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"datum-error\">De datum moet in het jaar van de agenda vallen."),
					containsString("Iets dat volgend jaar pas kan"), containsString("value=\"" + (YEAR + 1) + "-03-01\""))));
		mvc.perform(post(base + "/stappen").with(secretariat).with(csrf()).param("partij", "").param("stap", "")
				.param("datum", "morgen").param("maatstaf", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"stap-error\">Beschrijf de stap."),
					containsString("id=\"partij-error\">Kies een partij van deze agenda."),
					containsString("id=\"datum-error\">Vul een datum in"), containsString("value=\"morgen\""),
					containsString("id=\"maatstaf-error\">Beschrijf hoe u"))));
		mvc.perform(post(base + "/stappen").with(secretariat).with(csrf()).param("partij", "twee")
				.param("stap", "x".repeat(20_000)).param("datum", YEAR + "-05-01").param("maatstaf", "<script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"stap-error\">Dit is te lang."),
					containsString("id=\"maatstaf-error\">Gebruik gewone tekst"),
					containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString("<script>alert(1)")))));
		mvc.perform(post(base + "/partijen").with(secretariat).with(csrf()).param("naam", "").param("soort", "ONZIN")
				.param("partijEmail", "geen-adres"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"naam-error\">Vul de naam van de partij in."),
					containsString("id=\"soort-error\">Kies de soort partij."),
					containsString("id=\"partijEmail-error\">Vul een geldig e-mailadres in"))));
		mvc.perform(post("/beheer/sociale-agendas").with(secretariat).with(csrf()).param("gemeente", made.municipality())
				.param("jaar", Integer.toString(YEAR)).param("kartrekker", "Bestaat Niet " + SignalFixtures.word()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"kartrekker-error\">Deze organisatie staat niet in het netwerk.")));
		assertThat(store.find(made.id()).orElseThrow().steps()).hasSize(1);
	}

	@Test
	void theYearRunsFromConceptThroughVerdictsToClosedAndAClosedAgendaNoLongerChanges() {
		var made = fixtures.agenda(YEAR - 1);
		assertThatThrownBy(() -> store.judge(made.id(), made.step(), Verdict.BEHAALD, "Gelukt", true))
			.isInstanceOfSatisfying(Agenda.Refusal.class, r -> assertThat(r.key()).isEqualTo("agendas.refused.verdictConcept"));
		store.adopt(made.id());
		assertThatThrownBy(() -> store.close(made.id()))
			.isInstanceOfSatisfying(Agenda.Refusal.class, r -> assertThat(r.key()).isEqualTo("agendas.refused.openSteps"));
		assertThatThrownBy(() -> store.judge(made.id(), made.step(), Verdict.NIET_BEOORDEELD, null, false))
			.isInstanceOfSatisfying(Agenda.Refusal.class, r -> assertThat(r.key()).isEqualTo("agendas.refused.notAssessed"));
		store.judge(made.id(), made.step(), Verdict.BEHAALD, "De folder ligt er", false);
		store.close(made.id());
		assertThat(store.find(made.id()).orElseThrow().state()).isEqualTo(AgendaState.AFGESLOTEN);
		assertThatThrownBy(() -> store.addStep(made.id(), new AgendaStore.StepDetails(made.memberParty(), null, "Nog een",
				LocalDate.of(YEAR - 1, 12, 1), "Klaar", null)))
			.isInstanceOfSatisfying(Agenda.Refusal.class, r -> assertThat(r.key()).isEqualTo("agendas.refused.closed"));
	}

	@Test
	void theKartrekkersRepresentativeEditsTheirAgendaAndNoOtherAndAVisitorNone() throws Exception {
		var made = fixtures.agenda(YEAR);
		var other = fixtures.agenda(YEAR);
		var representative = logins.representative(made.lead().value());
		mvc.perform(get("/beheer/sociale-agendas/" + made.id()).with(representative)).andExpect(status().isOk());
		mvc.perform(post("/beheer/sociale-agendas/" + made.id() + "/activiteiten").with(representative).with(csrf())
				.param("activiteitPartij", Long.toString(made.memberParty())).param("activiteit", "Kledingbank"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/beheer/sociale-agendas").with(representative))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/beheer/sociale-agendas/" + made.id() + "\""),
					not(containsString("/beheer/sociale-agendas/" + other.id() + "\"")))));
		mvc.perform(get("/beheer/sociale-agendas/" + other.id()).with(representative)).andExpect(status().isForbidden());
		mvc.perform(post("/beheer/sociale-agendas/" + made.id() + "/advies").with(representative).with(csrf())
				.param("advies", "Zelf advies schrijven"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/beheer/sociale-agendas/" + made.id())).andExpect(status().is3xxRedirection());
		assertThat(store.find(made.id()).orElseThrow().activities()).extracting(a -> a.what()).containsExactly("Kledingbank");
		assertThat(store.find(made.id()).orElseThrow().advice()).isEmpty();
	}

	@Test
	void theAdviceIsMarkdownShownSanitised() throws Exception {
		var made = fixtures.agenda(YEAR);
		mvc.perform(post("/beheer/sociale-agendas/" + made.id() + "/advies").with(logins.secretariat()).with(csrf())
				.param("advies", "Betrek **de basisgroepen**.\n\n<script>alert(1)</script>"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(java.net.URI.create(store.find(made.id()).orElseThrow().href())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<strong>de basisgroepen</strong>"),
					not(containsString("<script>alert(1)")))));
	}

	@Test
	void anErasedPersonIsForgottenAsContact() {
		String email = AgendaFixtures.unique("contact");
		PersonId person = people.findOrCreate("Corrie Contact", email, null, "test");
		var made = fixtures.agenda(YEAR);
		store.changePartyContact(made.id(), made.otherParty(), "Corrie Contact", email);
		assertThat(store.find(made.id()).orElseThrow().party(made.otherParty()).orElseThrow().contactEmail()).isEqualTo(email);
		people.erase(person, "test");
		heard.await();
		var party = store.find(made.id()).orElseThrow().party(made.otherParty()).orElseThrow();
		assertThat(party.contactEmail()).isNull();
		assertThat(party.contactName()).isNull();
		assertThat(party.name()).as("the party itself stays").isNotBlank();
	}
}
