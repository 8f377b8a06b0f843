package nl.alliantie.accounts;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Roles and their bindings are enforced on the server, for every role. */
@AlliantieTest
class AccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Test
	void everythingUnderBeheerNeedsALogin() throws Exception {
		mvc.perform(get("/beheer")).andExpect(status().isFound()).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(get("/beheer/accounts")).andExpect(status().isFound()).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(get("/beheer/postvak")).andExpect(status().isFound()).andExpect(redirectedUrl("/inloggen"));
		mvc.perform(get("/beheer/probe/regio/noord")).andExpect(status().isFound());
	}

	@Test
	void onlyTheSecretariatManagesAccountsAndReadsTheMailbox() throws Exception {
		for (var other : new org.springframework.test.web.servlet.request.RequestPostProcessor[] {
				logins.coordinator("noord"), logins.representative(7), logins.as(Grant.of(Role.REDACTIE)),
				logins.as(new Grant(Role.CORRESPONDENT, "Limburg")) }) {
			mvc.perform(get("/beheer").with(other)).andExpect(status().isOk());
			mvc.perform(get("/beheer/accounts").with(other)).andExpect(status().isForbidden());
			mvc.perform(get("/beheer/postvak").with(other)).andExpect(status().isForbidden());
			mvc.perform(post("/beheer/accounts/uitnodigen").with(other).with(csrf())
				.param("naam", "X").param("email", "x@example.org").param("rol", "SECRETARIAAT"))
				.andExpect(status().isForbidden());
		}
		var secretariat = logins.secretariat();
		mvc.perform(get("/beheer/accounts").with(secretariat)).andExpect(status().isOk());
		mvc.perform(get("/beheer/postvak").with(secretariat)).andExpect(status().isOk());
	}

	@Test
	void aCoordinatorActsOnlyForTheirOwnRegion() throws Exception {
		var noord = logins.coordinator("noord");
		mvc.perform(get("/beheer/probe/regio/noord").with(noord)).andExpect(content().string("regio noord"));
		mvc.perform(get("/beheer/probe/regio/zuid").with(noord)).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/probe/regio/noord").with(logins.representative(3))).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/probe/regio/zuid").with(logins.secretariat())).andExpect(status().isOk());
	}

	@Test
	void aRepresentativeActsOnlyForTheirOwnOrganisation() throws Exception {
		var representative = logins.representative(41);
		mvc.perform(post("/beheer/probe/organisatie/41").with(representative).with(csrf()))
			.andExpect(content().string("organisatie 41"));
		mvc.perform(post("/beheer/probe/organisatie/42").with(representative).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/beheer/probe/organisatie/41").with(logins.coordinator("oost")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/beheer/probe/organisatie/42").with(logins.secretariat()).with(csrf()))
			.andExpect(status().isOk());
	}

	@Test
	void aCorrespondentWritesOnlyForTheirProvinceAndEditorsForAll() throws Exception {
		var limburg = logins.as(new Grant(Role.CORRESPONDENT, "Limburg"));
		mvc.perform(get("/beheer/probe/provincie/Limburg").with(limburg)).andExpect(status().isOk());
		mvc.perform(get("/beheer/probe/provincie/Drenthe").with(limburg)).andExpect(status().isForbidden());
		mvc.perform(get("/beheer/probe/provincie/Drenthe").with(logins.as(Grant.of(Role.REDACTIE))))
			.andExpect(status().isOk());
	}

	@Test
	void metricsOnlyForTheSecretariatHealthForEveryone() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().json("{\"status\":\"UP\"}"))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("components"))));
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isFound());
		mvc.perform(get("/actuator/prometheus").with(logins.coordinator("west"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(logins.secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
	}

	@Test
	void aBoundRoleNeedsAScope() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Grant(Role.REGIOCOORDINATOR, " "))
			.isInstanceOf(IllegalArgumentException.class);
		org.assertj.core.api.Assertions.assertThat(new Grant(Role.SECRETARIAAT, "noord").scope()).isEmpty();
	}
}
