package nl.alliantie.site;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.network.NetworkFixtures;
import nl.alliantie.network.OrganisationId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role's start page shows what that role can do, and nothing it cannot: every tile it shows
 * opens for that role, none is empty, and a representative finds their own organisation.
 */
@AlliantieTest
class StartPagesByRoleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	NetworkFixtures network;

	/** The links of the tiles on the start page, as {@code title -> path}. */
	List<String[]> tiles(RequestPostProcessor login) throws Exception {
		String html = mvc.perform(get("/beheer").with(login)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		List<String[]> tiles = new ArrayList<>();
		for (Element link : Jsoup.parse(html).select("main .card h2 a")) {
			tiles.add(new String[] { link.text(), link.attr("href") });
		}
		return tiles;
	}

	/** Every tile opens for the one who sees it (following one redirect), never 403, 404 or 405. */
	void everyTileOpens(RequestPostProcessor login, List<String[]> tiles) throws Exception {
		for (String[] tile : tiles) {
			MockHttpServletResponse response = mvc.perform(get(tile[1]).with(login)).andReturn().getResponse();
			if (response.getStatus() / 100 == 3) {
				response = mvc.perform(get(response.getRedirectedUrl()).with(login)).andReturn().getResponse();
			}
			assertThat(response.getStatus()).as("tile %s (%s)", tile[0], tile[1]).isEqualTo(200);
		}
	}

	static List<String> paths(List<String[]> tiles) {
		return tiles.stream().map(tile -> tile[1]).toList();
	}

	@Test
	void aRepresentativeFindsTheirOwnOrganisationAndNothingTheyCannotDo() throws Exception {
		String name = NetworkFixtures.unique("Voedselbank Start");
		OrganisationId organisation = network.organisation(name, "Zwolle",
				nl.alliantie.network.organisations.OrganisationStatus.AANGESLOTEN);
		RequestPostProcessor representative = logins.representative(organisation.value());

		List<String[]> tiles = tiles(representative);
		assertThat(tiles).anySatisfy(tile -> {
			assertThat(tile[0]).isEqualTo("Uw organisatie: " + name);
			assertThat(tile[1]).isEqualTo("/beheer/organisaties/" + organisation.value());
		});
		assertThat(paths(tiles)).doesNotContain("/organisaties", "/beheer/regio-overleggen", "/beheer/signalen",
				"/beheer/oproepen", "/beheer/accounts");
		everyTileOpens(representative, tiles);
		mvc.perform(get("/beheer/organisaties").with(representative))
			.andExpect(redirectedUrl("/beheer/organisaties/" + organisation.value()));
	}

	@Test
	void editorsAndCorrespondentsDoNotLandOnAnEmptyPageNorOnTilesForOthers() throws Exception {
		for (Grant grant : List.of(Grant.of(Role.REDACTIE), new Grant(Role.CORRESPONDENT, "Utrecht"))) {
			RequestPostProcessor login = logins.as(grant);
			List<String[]> tiles = tiles(login);
			assertThat(tiles).as("tiles for %s", grant.role()).isNotEmpty();
			assertThat(paths(tiles)).as("tiles for %s", grant.role()).doesNotContain("/organisaties",
					"/beheer/regio-overleggen", "/beheer/signalen");
			everyTileOpens(login, tiles);
			mvc.perform(get("/beheer/organisaties").with(login)).andExpect(status().isForbidden());
		}
	}

	@Test
	void aCoordinatorAndTheSecretariatCanOpenEveryTileTheySee() throws Exception {
		RequestPostProcessor coordinator = logins.coordinator("oost");
		List<String[]> tiles = tiles(coordinator);
		assertThat(paths(tiles)).contains("/beheer/regio-overleggen", "/beheer/signalen", "/organisaties")
			.doesNotContain("/beheer/oproepen", "/beheer/accounts", "/beheer/regios");
		everyTileOpens(coordinator, tiles);
		mvc.perform(get("/beheer/organisaties").with(coordinator)).andExpect(redirectedUrl("/organisaties"));

		RequestPostProcessor secretariat = logins.secretariat();
		List<String[]> all = tiles(secretariat);
		assertThat(paths(all)).contains("/beheer/oproepen", "/beheer/accounts", "/organisaties");
		everyTileOpens(secretariat, all);
	}
}
