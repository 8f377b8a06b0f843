package nl.alliantie.conferences;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.network.NetworkFixtures;
import nl.alliantie.network.OrganisationId;
import nl.alliantie.network.organisations.OrganisationStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The organisation of a registration: picked from the network's list, or typed as free text. */
@AlliantieTest
class RegistrationOrganisationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	NetworkFixtures network;

	@Autowired
	JdbcClient jdbc;

	record Stored(Long organisationId, String organisation) {
	}

	@Test
	void anOrganisationFromTheListIsStoredWithItsId() throws Exception {
		String name = "Cliëntenraad Lijst " + run();
		OrganisationId id = network.organisation(name, "Zutphen", OrganisationStatus.AANGESLOTEN);
		var fixture = fixtures.edition(50, 10);

		// the field suggests it from the first letters, and from a word inside the name
		mvc.perform(get("/alliantiedagen/organisaties").param("organisatie", name.substring(0, 16).toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + name + "\">Zutphen</option>")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/alliantiedagen/organisaties").param("organisatie", "lijst " + name.substring(name.length() - 8, name.length() - 4)))
			.andExpect(content().string(containsString("value=\"" + name + "\"")));
		mvc.perform(get("/alliantiedagen/organisaties").param("organisatie", "c"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<option"))));

		// typed with other capitals and spaces, it is still that organisation
		assertThat(register(fixture, "  " + name.toUpperCase().replace(" ", "   ") + " "))
			.isEqualTo(new Stored(id.value(), name));
	}

	@Test
	void freeTextStillWorks() throws Exception {
		var fixture = fixtures.edition(50, 10);
		String typed = "Buurtgroep Nergens " + run();
		assertThat(register(fixture, typed)).isEqualTo(new Stored(null, typed));
		assertThat(register(fixture, "")).isEqualTo(new Stored(null, ""));
	}

	@Test
	void aNameTwoOrganisationsShareIsMatchedByMunicipalityOrTheDaysRegion() throws Exception {
		String name = "Voedselbank Dubbel " + run();
		OrganisationId zutphen = network.organisation(name, "Zutphen", OrganisationStatus.AANGESLOTEN);
		OrganisationId groningen = network.organisation(name, "Groningen", OrganisationStatus.OP_AFSTAND);
		network.organisation(name, "Maastricht", OrganisationStatus.GESTOPT);

		mvc.perform(get("/alliantiedagen/organisaties").param("organisatie", name))
			.andExpect(content().string(containsString("value=\"" + name + " (Zutphen)\"")))
			.andExpect(content().string(containsString("value=\"" + name + " (Groningen)\"")))
			.andExpect(content().string(not(containsString("Maastricht"))));

		var noRegion = fixtures.edition(50, 10);
		assertThat(register(noRegion, name + " (Groningen)")).isEqualTo(new Stored(groningen.value(), name));
		assertThat(register(noRegion, name)).isEqualTo(new Stored(null, name));
		var inTheEast = fixtures.edition(LocalDate.now().plusDays(30), 50, 10, "oost");
		assertThat(register(inTheEast, name)).isEqualTo(new Stored(zutphen.value(), name));
	}

	@Test
	void afterAMistakeTheListHoldsTheNamesThatFit() throws Exception {
		String name = "Humanitas Fout " + run();
		network.organisation(name, "Zutphen", OrganisationStatus.AANGESLOTEN);
		var fixture = fixtures.edition(50, 10);
		mvc.perform(post(fixture.editionPath() + "/aanmelden").with(csrf()).with(ConferenceFixtures.ownNetwork())
				.param("dag", String.valueOf(fixture.dayId()))
				.param("naam", "")
				.param("email", "fout-" + UUID.randomUUID() + "@test.alliantie.local")
				.param("organisatie", name.substring(0, 14))
				.param("toestemming", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul uw naam in.")))
			.andExpect(content().string(containsString("value=\"" + name.substring(0, 14) + "\"")))
			.andExpect(content().string(containsString("<option value=\"" + name + "\">Zutphen</option>")));
		// without a mistake the page carries no list of organisations at all
		mvc.perform(get(fixture.editionPath()))
			.andExpect(content().string(containsString("<datalist id=\"organisaties\"></datalist>")));
	}

	private Stored register(ConferenceFixtures.Fixture fixture, String organisation) throws Exception {
		String email = "org-" + UUID.randomUUID() + "@test.alliantie.local";
		mvc.perform(post(fixture.editionPath() + "/aanmelden").with(csrf()).with(ConferenceFixtures.ownNetwork())
				.param("dag", String.valueOf(fixture.dayId()))
				.param("naam", "Sien Jansen")
				.param("email", email)
				.param("organisatie", organisation)
				.param("toestemming", "true"))
			.andExpect(status().is3xxRedirection());
		return jdbc.sql("select organisation_id, organisation from conferences_registration where email = :email")
			.param("email", email)
			.query((rs, n) -> new Stored((Long) rs.getObject(1), rs.getString(2)))
			.single();
	}

	private static String run() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
