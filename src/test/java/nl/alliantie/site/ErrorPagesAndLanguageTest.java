package nl.alliantie.site;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AlliantieTest
class ErrorPagesAndLanguageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@LocalServerPort
	int port;

	@Test
	void anUnknownPageGivesAFriendlyDutch404() throws Exception {
		var response = fromServer("/bestaat/niet");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"nl\"").contains("Pagina niet gevonden").contains("Naar de startpagina");
	}

	@Test
	void aFailureGivesAFriendlyPageWithoutAStackTrace() throws Exception {
		var response = fromServer("/probe/fout");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Er ging iets mis")
			.doesNotContain("geheime details")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at nl.alliantie");
	}

	/**
	 * A visitor's statement that runs longer than the visitors' limit (1 s) is stopped by PostgreSQL
	 * and answered with the 503 page that asks to narrow the search; the secretariat is not limited.
	 */
	@Test
	void aVisitorsStatementIsStoppedAfterTheLimitAndAnsweredWithAPage() throws Exception {
		var response = fromServer("/probe/traag?ms=3000");
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Retry-After")).contains("60");
		assertThat(response.body()).contains("Dit vroeg te veel", "Maak uw zoekopdracht kleiner")
			.doesNotContain("57014").doesNotContain("canceling statement");

		mvc.perform(get("/probe/traag").param("ms", "1500").with(logins.secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string("klaar na 1500 ms"));
		assertThat(fromServer("/probe/database").statusCode()).as("the pool is fine afterwards").isEqualTo(200);
	}

	@Test
	void noAccessGivesAFriendly403() throws Exception {
		mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 403))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Geen toegang")));
		var coordinator = logins.coordinator("noord");
		mvc.perform(get("/beheer/accounts").with(coordinator)).andExpect(status().isForbidden());
	}

	@Test
	void errorPagesSpeakEnglishToo() throws Exception {
		mvc.perform(get("/error").cookie(new Cookie("alliantie-taal", "en")).requestAttr("jakarta.servlet.error.status_code", 404))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")));
		mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 503))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("De database is nu niet bereikbaar")));
	}

	@Test
	void theLanguageSwitchIsRememberedAndStaysOnSite() throws Exception {
		MvcResult switched = mvc.perform(get("/taal/en").param("terug", "/inloggen?x=1"))
			.andExpect(redirectedUrl("/inloggen?x=1"))
			.andReturn();
		Cookie language = switched.getResponse().getCookie("alliantie-taal");
		assertThat(language).isNotNull();
		assertThat(language.getMaxAge()).isGreaterThan(300 * 24 * 3600);
		mvc.perform(get("/").cookie(language))
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("together against poverty")))
			.andExpect(content().string(containsString(">Nederlands</a>")));
		mvc.perform(get("/")).andExpect(content().string(containsString("<html lang=\"nl\"")));
		mvc.perform(get("/taal/en").param("terug", "//evil.example/x")).andExpect(redirectedUrl("/"));
		mvc.perform(get("/taal/en").param("terug", "https://evil.example/")).andExpect(redirectedUrl("/"));
		mvc.perform(get("/").cookie(new Cookie("alliantie-taal", "de")))
			.andExpect(content().string(containsString("<html lang=\"nl\"")));
	}

	@Test
	void thePagesOfTheFoundationRender() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(containsString("samen tegen armoede")));
		mvc.perform(get("/inloggen")).andExpect(status().isOk());
		mvc.perform(get("/wachtwoord-vergeten")).andExpect(status().isOk());
		mvc.perform(get("/beheer").with(logins.secretariat()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/beheer/postvak\"")))
			.andExpect(content().string(containsString("href=\"/beheer/accounts\"")));
		mvc.perform(get("/beheer").with(logins.coordinator("zuid")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/beheer/postvak\""))));
	}

	/** MockMvc does not forward to /error like the servlet container does; ask the real server. */
	private java.net.http.HttpResponse<String> fromServer(String path) throws Exception {
		return java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString());
	}
}
