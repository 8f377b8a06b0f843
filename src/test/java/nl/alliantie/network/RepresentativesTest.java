package nl.alliantie.network;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.Accounts;
import nl.alliantie.accounts.login.TestLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An organisation has one or two representatives: a third is refused with a clear message. */
@AlliantieTest
class RepresentativesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	NetworkFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Test
	void aThirdRepresentativeIsRefusedWithAClearMessage() throws Exception {
		OrganisationId organisation = fixtures.organisation("Zwolle");
		String path = "/beheer/organisaties/" + organisation.value() + "/vertegenwoordigers";
		String first = NetworkFixtures.unique("eerste") + "@test.alliantie.local";
		mvc.perform(post(path).param("persoonNaam", "Eerste Persoon").param("persoonEmail", first)
			.with(logins.coordinator("oost")).with(csrf())).andExpect(status().is3xxRedirection());
		// the same person again (a double submit) changes nothing
		mvc.perform(post(path).param("persoonNaam", "Eerste Persoon").param("persoonEmail", first.toUpperCase())
			.with(logins.coordinator("oost")).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(path).param("persoonNaam", "Tweede Persoon")
			.param("persoonEmail", NetworkFixtures.unique("tweede") + "@test.alliantie.local")
			.with(logins.coordinator("oost")).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(path).param("persoonNaam", "Derde Persoon")
			.param("persoonEmail", NetworkFixtures.unique("derde") + "@test.alliantie.local")
			.with(logins.coordinator("oost")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Een organisatie kan hoogstens twee vertegenwoordigers hebben.")))
			.andExpect(content().string(containsString("value=\"Derde Persoon\"")));
		assertThat(jdbc.sql("select count(*) from network_representative where organisation_id = :id")
			.param("id", organisation.value()).query(Integer.class).single()).isEqualTo(2);
		// the representative can now log in for this organisation
		assertThat(accounts.findByEmail(first)).isPresent();
	}
}
