package nl.alliantie.network;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Who may read and change what, for every route of organisations and places: anonymous visitors,
 * the secretariat, a coordinator of the organisation's own region and of another region, a
 * representative of the organisation and of another one.
 */
@AlliantieTest
class OrganisationAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	NetworkFixtures fixtures;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void publicPagesAreOpenToEveryone() throws Exception {
		OrganisationId assen = fixtures.organisation("Assen");
		mvc.perform(get("/organisaties")).andExpect(status().isOk());
		mvc.perform(get("/organisaties").param("regio", "noord").param("type", "anti-armoedegroep")
			.param("status", "AANGESLOTEN").param("provincie", "Drenthe").param("gemeente", "assen").param("naam", "testgroep"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/organisaties/" + assen.value())));
		mvc.perform(get("/organisaties.csv")).andExpect(status().isOk());
		mvc.perform(get("/organisaties/" + assen.value()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("@test.alliantie.local"))));
		mvc.perform(get("/organisaties/999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/gemeenten")).andExpect(status().isOk());
		mvc.perform(get("/gemeenten/Assen")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/organisaties/" + assen.value())));
		mvc.perform(get("/gemeenten/'s-Hertogenbosch")).andExpect(status().isOk());
		mvc.perform(get("/gemeenten/Atlantis")).andExpect(status().isNotFound());
		mvc.perform(get("/regio/noord")).andExpect(status().isOk());
		mvc.perform(get("/regio/nergens")).andExpect(status().isNotFound());
	}

	@Test
	void editorsSeeTheInternalDetailsOnlyOfWhatTheyMayEdit() throws Exception {
		OrganisationId assen = fixtures.organisation("Assen");
		mvc.perform(get("/organisaties/" + assen.value()).with(logins.coordinator("noord")))
			.andExpect(content().string(containsString("@test.alliantie.local")));
		mvc.perform(get("/organisaties/" + assen.value()).with(logins.coordinator("zuid")))
			.andExpect(content().string(not(containsString("@test.alliantie.local"))));
	}

	@Test
	void editingAnOrganisationIsForTheSecretariatItsCoordinatorAndItsRepresentatives() throws Exception {
		OrganisationId assen = fixtures.organisation("Assen");
		OrganisationId other = fixtures.organisation("Maastricht");
		String edit = "/beheer/organisaties/" + assen.value();

		expectReadWrite(edit, assen, logins.secretariat(), true);
		expectReadWrite(edit, assen, logins.coordinator("noord"), true);
		expectReadWrite(edit, assen, logins.representative(assen.value()), true);
		expectReadWrite(edit, assen, logins.coordinator("zuid"), false);
		expectReadWrite(edit, assen, logins.representative(other.value()), false);

		mvc.perform(get(edit)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(post(edit).with(csrf())).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/inloggen"));
	}

	private void expectReadWrite(String edit, OrganisationId id, RequestPostProcessor login, boolean allowed)
			throws Exception {
		var read = mvc.perform(get(edit).with(login));
		var write = mvc.perform(form(post(edit), "Assen").with(login).with(csrf()));
		String appointed = NetworkFixtures.unique("rep") + "@test.alliantie.local";
		var appoint = mvc.perform(post(edit + "/vertegenwoordigers").param("persoonNaam", "Iemand")
			.param("persoonEmail", appointed).with(login).with(csrf()));
		// dismiss the person just appointed, so a third editor can appoint again whatever ran before
		long person = jdbc.sql("select coalesce((select id from network_person where email = :email), 0)")
			.param("email", appointed).query(Long.class).single();
		var dismiss = mvc.perform(post(edit + "/vertegenwoordigers/" + person + "/verwijderen").with(login).with(csrf()));
		if (allowed) {
			read.andExpect(status().isOk());
			write.andExpect(status().is3xxRedirection()).andExpect(header().string("Location", edit + "?opgeslagen"));
			dismiss.andExpect(status().is3xxRedirection());
			appoint.andExpect(status().is3xxRedirection());
		}
		else {
			read.andExpect(status().isForbidden());
			write.andExpect(status().isForbidden());
			appoint.andExpect(status().isForbidden());
			dismiss.andExpect(status().isForbidden());
		}
	}

	@Test
	void addingAnOrganisationIsForTheSecretariatAndCoordinatorsInTheirOwnRegion() throws Exception {
		mvc.perform(get("/beheer/organisaties/nieuw").with(logins.secretariat())).andExpect(status().isOk());
		mvc.perform(get("/beheer/organisaties/nieuw").with(logins.coordinator("noord"))).andExpect(status().isOk());
		mvc.perform(get("/beheer/organisaties/nieuw").with(logins.representative(1))).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/organisaties/nieuw")).andExpect(status().is3xxRedirection());

		mvc.perform(form(post("/beheer/organisaties"), "Assen").with(logins.coordinator("noord")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form(post("/beheer/organisaties"), "Assen").with(logins.coordinator("zuid")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("niet in uw regio")));
		mvc.perform(form(post("/beheer/organisaties"), "Assen").with(logins.representative(1)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(form(post("/beheer/organisaties"), "Assen").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aSecondOrganisationWithTheSameNameInTheSameMunicipalityIsRefused() throws Exception {
		String name = NetworkFixtures.unique("Dubbel");
		mvc.perform(form(post("/beheer/organisaties"), "Assen", name).with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(form(post("/beheer/organisaties"), "Assen", name.toUpperCase()).with(logins.secretariat()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er is al een organisatie met deze naam in deze gemeente.")))
			.andExpect(content().string(containsString("value=\"" + name.toUpperCase() + "\"")));
	}

	@Test
	void aRepresentativeKeepsTheDescriptionButNotTheStatusMemberSinceOrMunicipality() throws Exception {
		OrganisationId assen = fixtures.organisation("Assen");
		String edit = "/beheer/organisaties/" + assen.value();
		mvc.perform(get(edit).with(logins.representative(assen.value())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"status\""))))
			.andExpect(content().string(not(containsString("name=\"gemeente\""))))
			.andExpect(content().string(not(containsString("name=\"sinds\""))))
			.andExpect(content().string(containsString("past het secretariaat of de regiocoördinator aan")));
		mvc.perform(post(edit).param("naam", "Nieuwe naam " + assen.value()).param("type", "anti-armoedegroep")
			.param("gemeente", "Maastricht").param("regio", "zuid").param("status", "GESTOPT").param("sinds", "2001-01-01")
			.param("werk", "Wij doen nu iets anders.").with(logins.representative(assen.value())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		var stored = jdbc.sql("select name, municipality, region_key, status, member_since, activities from network_organisation where id = :id")
			.param("id", assen.value())
			.query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					String.valueOf(rs.getDate(5)), rs.getString(6)))
			.single();
		assertThat(stored).containsExactly("Nieuwe naam " + assen.value(), "Assen", "noord", "AANGESLOTEN", "null",
				"Wij doen nu iets anders.");

		// the coordinator may change them, but "lid sinds" not into the future
		mvc.perform(post(edit).param("naam", "Nieuwe naam " + assen.value()).param("type", "anti-armoedegroep")
			.param("gemeente", "Assen").param("status", "OP_AFSTAND").param("sinds", LocalDate.now().plusDays(2).toString())
			.with(logins.coordinator("noord")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sinds-error\">Lid sinds kan niet in de toekomst liggen.")));
		mvc.perform(post(edit).param("naam", "Nieuwe naam " + assen.value()).param("type", "anti-armoedegroep")
			.param("gemeente", "Assen").param("status", "OP_AFSTAND").param("sinds", "2024-02-29")
			.with(logins.coordinator("noord")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status || ' ' || member_since from network_organisation where id = :id")
			.param("id", assen.value())
			.query(String.class)
			.single()).isEqualTo("OP_AFSTAND 2024-02-29");
	}

	@Test
	void formErrorsAreClearDutchSentencesNextToTheField() throws Exception {
		mvc.perform(post("/beheer/organisaties").param("naam", "").param("type", "").param("gemeente", "Atlantis")
			.param("status", "AANGESLOTEN").param("postcode", "12").param("email", "geen-adres").param("sinds", "gisteren")
			.with(logins.secretariat()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul de naam van de organisatie in.")))
			.andExpect(content().string(containsString("Kies wat voor soort organisatie het is.")))
			.andExpect(content().string(containsString("Deze gemeente kennen wij niet.")))
			.andExpect(content().string(containsString("Vul een postcode in zoals 3511 AB.")))
			.andExpect(content().string(containsString("Vul een geldig e-mailadres in")))
			.andExpect(content().string(containsString("Vul een datum in die bestaat, zoals 31-01-2025.")))
			.andExpect(content().string(containsString("value=\"Atlantis\"")));
	}

	@Test
	void regionsAndTypesAreForTheSecretariatOnly() throws Exception {
		for (RequestPostProcessor login : new RequestPostProcessor[] { logins.coordinator("noord"),
				logins.representative(1) }) {
			mvc.perform(get("/beheer/regios").with(login)).andExpect(status().isForbidden());
			mvc.perform(post("/beheer/regios/noord/naam").param("naam", "Noord").with(login).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/beheer/regios").param("naam", "X").with(login).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(post("/beheer/provincies/Drenthe/regio").param("regio", "noord").with(login).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/beheer/typen").param("naam", "X").with(login).with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(get("/beheer/regios").with(logins.secretariat())).andExpect(status().isOk());
		mvc.perform(post("/beheer/regios/noord/naam").param("naam", "Noord").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String type = NetworkFixtures.unique("Buurtkamer");
		mvc.perform(post("/beheer/typen").param("naam", type).with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/organisaties")).andExpect(content().string(containsString(type)));
	}

	@Test
	void movingAProvinceMovesItsOrganisationsUnlessTheirRegionWasSetByHand() throws Exception {
		OrganisationId vlissingen = fixtures.organisation("Vlissingen");
		String edit = "/beheer/organisaties/" + vlissingen.value();
		try {
			mvc.perform(post("/beheer/provincies/Zeeland/regio").param("regio", "west").with(logins.secretariat()).with(csrf()))
				.andExpect(status().is3xxRedirection());
			assertThat(region(vlissingen)).isEqualTo("west");
			mvc.perform(get("/organisaties").param("regio", "west").param("gemeente", "Vlissingen"))
				.andExpect(content().string(containsString("/organisaties/" + vlissingen.value())));
			// the coordinator of the new region may now edit it, the old one may not
			mvc.perform(get(edit).with(logins.coordinator("west"))).andExpect(status().isOk());
			mvc.perform(get(edit).with(logins.coordinator("zuid"))).andExpect(status().isForbidden());
			mvc.perform(form(post(edit), "Vlissingen").param("regio", "zuid").with(logins.secretariat()).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		finally {
			mvc.perform(post("/beheer/provincies/Zeeland/regio").param("regio", "zuid").with(logins.secretariat()).with(csrf()));
		}
		mvc.perform(post("/beheer/provincies/Zeeland/regio").param("regio", "oost").with(logins.secretariat()).with(csrf()));
		try {
			assertThat(region(vlissingen)).isEqualTo("zuid");
		}
		finally {
			mvc.perform(post("/beheer/provincies/Zeeland/regio").param("regio", "zuid").with(logins.secretariat()).with(csrf()));
		}
	}

	private String region(OrganisationId id) {
		return jdbc.sql("select region_key from network_organisation where id = :id").param("id", id.value())
			.query(String.class).single();
	}

	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String municipality) {
		return form(request, municipality, NetworkFixtures.unique("Groep"));
	}

	static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String municipality, String name) {
		return request.param("naam", name)
			.param("type", "voedselbank")
			.param("gemeente", municipality)
			.param("status", "AANGESLOTEN")
			.param("postcode", "9401 AB")
			.param("website", "www.voorbeeld.nl")
			.param("email", "info@voorbeeld.nl")
			.param("sinds", "2020-05-01");
	}
}
