package nl.alliantie.signals;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.signals.handling.Themes;

import static nl.alliantie.signals.SignalFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The secretariat keeps the list of themes; nobody else may change it; bad input is refused next to the field. */
@AlliantieTest
class ThemesAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	Themes themes;

	@Autowired
	SignalFixtures fixtures;

	@Test
	void onlyTheSecretariatKeepsTheList() throws Exception {
		mvc.perform(get("/beheer/signalen/themas")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/beheer/signalen/themas").with(logins.coordinator("noord"))).andExpect(status().isForbidden());
		mvc.perform(post("/beheer/signalen/themas").param("naam", "Armoede onder ouderen")
			.with(logins.coordinator("noord")).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/beheer/signalen/themas").param("naam", "Armoede onder ouderen")
			.with(logins.representative(1)).with(csrf())).andExpect(status().isForbidden());
		assertThat(themes.all()).noneMatch(t -> t.name().equals("Armoede onder ouderen"));
		mvc.perform(get("/beheer/signalen/themas").with(logins.secretariat())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Bijzondere bijstand")));
	}

	@Test
	void aNewThemeCanBeChosenRenamedAndRemovedWhileUnused() throws Exception {
		String name = unique("Vervoer");
		mvc.perform(post("/beheer/signalen/themas").param("naam", name).with(logins.secretariat()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/signalen/themas"));
		Themes.Theme added = themes.all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
		assertThat(themes.all()).last().isEqualTo(added);
		mvc.perform(get("/signalen/melden")).andExpect(content().string(containsString(name)));

		mvc.perform(post("/beheer/signalen/themas/" + added.key() + "/naam").param("naam-" + added.key(), name + " en reizen")
			.with(logins.secretariat()).with(csrf())).andExpect(redirectedUrl("/beheer/signalen/themas"));
		assertThat(themes.names()).containsEntry(added.key(), name + " en reizen");

		mvc.perform(post("/beheer/signalen/themas/" + added.key() + "/omhoog").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(themes.all().get(themes.all().size() - 2).key()).isEqualTo(added.key());

		mvc.perform(post("/beheer/signalen/themas/" + added.key() + "/verwijderen").with(logins.secretariat()).with(csrf()))
			.andExpect(redirectedUrl("/beheer/signalen/themas"));
		assertThat(themes.names()).doesNotContainKey(added.key());
	}

	@Test
	void badNamesAreRefusedNextToTheFieldAndTheTextIsKept() throws Exception {
		mvc.perform(post("/beheer/signalen/themas").param("naam", "   ").with(logins.secretariat()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"naam-error\""), containsString("Vul een naam in."))));
		String tooLong = "x".repeat(Themes.MAX_NAME + 1);
		mvc.perform(post("/beheer/signalen/themas").param("naam", tooLong).with(logins.secretariat()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("hoogstens 60 tekens"), containsString("value=\"" + tooLong + "\""))));
		mvc.perform(post("/beheer/signalen/themas").param("naam", "schulden").with(logins.secretariat()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Er is al een thema met deze naam.")));
		mvc.perform(post("/beheer/signalen/themas/schulden/naam").param("naam", "Kinderen").with(logins.secretariat()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"naam-schulden-error\""),
					containsString("Er is al een thema met deze naam."), containsString("value=\"Kinderen\""))));
		assertThat(themes.names()).containsEntry("schulden", "Schulden");
	}

	@Test
	void aThemeInUseCannotBeRemoved() throws Exception {
		fixtures.signal(unique("Schulden Emmen"), "Meer mensen met schulden bij de schuldhulp in Emmen.", "Emmen");
		mvc.perform(post("/beheer/signalen/themas/schulden/verwijderen").with(logins.secretariat()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit thema hoort bij signalen en kan niet weg.")));
		assertThat(themes.names()).containsKey("schulden");
	}
}
