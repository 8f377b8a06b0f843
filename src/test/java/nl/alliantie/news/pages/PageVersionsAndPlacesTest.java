package nl.alliantie.news.pages;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages the secretariat edits: every save is a version that can be read and put back; each
 * page is linked from the main menu, the footer or only under "Over ons", as chosen; and a page
 * nobody saved follows the text the application ships for it.
 */
@AlliantieTest
class PageVersionsAndPlacesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SitePages pages;

	private String newPage() {
		String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.sql("insert into news_page (slug, title, body, position, place) values (:slug, 'Testpagina', 'Eerste tekst.', 50, 'ABOUT_ONLY')")
			.param("slug", slug).update();
		jdbc.sql("insert into news_page_version (slug, version, title, body, place, position, seed) values (:slug, 1, 'Testpagina', 'Eerste tekst.', 'ABOUT_ONLY', 50, true)")
			.param("slug", slug).update();
		// the pages are held in memory at most five seconds after a change made elsewhere
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> pages.find(slug).isPresent());
		return slug;
	}

	private void save(String slug, String title, String body, String place) throws Exception {
		mvc.perform(post("/beheer/paginas/" + slug).with(logins.secretariat()).with(csrf()).param("titel", title)
				.param("tekst", body).param("plaats", "50").param("plek", place))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void everySaveIsAVersionThatCanBePutBack() throws Exception {
		String slug = newPage();
		save(slug, "Testpagina", "Tweede tekst.", "alleen-over-ons");
		save(slug, "Testpagina nieuw", "Derde **tekst**.", "alleen-over-ons");
		assertThat(pages.versions(slug)).extracting(SitePages.Version::version).containsExactly(3, 2, 1);
		mvc.perform(get("/beheer/paginas/" + slug).with(logins.secretariat()))
			.andExpect(content().string(containsString("href=\"/beheer/paginas/" + slug + "/versies/1\"")))
			.andExpect(content().string(containsString("de tekst waarmee de site begon")));
		mvc.perform(get("/beheer/paginas/" + slug + "/versies/2").with(logins.secretariat()))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Tweede tekst.")));

		mvc.perform(post("/beheer/paginas/" + slug + "/versies/2/terugzetten").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/over/" + slug)).andExpect(content().string(containsString("Tweede tekst.")));
		assertThat(pages.versions(slug)).extracting(SitePages.Version::version).containsExactly(4, 3, 2, 1);
		assertThat(pages.version(slug, 3).orElseThrow().body()).isEqualTo("Derde **tekst**.");

		mvc.perform(get("/beheer/paginas/" + slug + "/versies/99").with(logins.secretariat())).andExpect(status().isNotFound());
		mvc.perform(post("/beheer/paginas/" + slug + "/versies/99/terugzetten").with(logins.secretariat()).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/beheer/paginas/" + slug + "/versies/2/terugzetten").with(logins.coordinator("oost")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPageIsLinkedWhereTheSecretariatPutsIt() throws Exception {
		String slug = newPage();
		String title = "Plek " + UUID.randomUUID().toString().substring(0, 6);
		save(slug, title, "Tekst.", "menu");
		Document home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
		assertThat(home.select(".main-nav a[href=/over/" + slug + "]").text()).isEqualTo(title);
		assertThat(home.select(".site-footer a[href=/over/" + slug + "]")).isEmpty();

		save(slug, title, "Tekst.", "voettekst");
		home = Jsoup.parse(mvc.perform(get("/documenten")).andReturn().getResponse().getContentAsString());
		assertThat(home.select(".main-nav a[href=/over/" + slug + "]")).isEmpty();
		assertThat(home.select(".site-footer a[href=/over/" + slug + "]").text()).isEqualTo(title);

		save(slug, title, "Tekst.", "alleen-over-ons");
		home = Jsoup.parse(mvc.perform(get("/")).andReturn().getResponse().getContentAsString());
		assertThat(home.select("a[href=/over/" + slug + "]")).isEmpty();
		assertThat(Jsoup.parse(mvc.perform(get("/over")).andReturn().getResponse().getContentAsString())
			.select(".subnav a[href=/over/" + slug + "]").text()).isEqualTo(title);

		// a place that is none is said by its field, and the text is kept
		mvc.perform(post("/beheer/paginas/" + slug).with(logins.secretariat()).with(csrf()).param("titel", title)
				.param("tekst", "Niet kwijtraken.").param("plaats", "50").param("plek", "ONBEKEND"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies waar de pagina staat.")))
			.andExpect(content().string(containsString("Niet kwijtraken.")));
	}

	@Test
	void aPageNobodySavedFollowsTheShippedTextAndASavedOneKeepsItsOwn() throws Exception {
		// the privacy statement is shipped in news/pages/privacy.md and is what the page says
		String shipped = new String(new ClassPathResource("news/pages/privacy.md").getInputStream().readAllBytes(),
				StandardCharsets.UTF_8).strip();
		assertThat(jdbc.sql("select body from news_page_version where slug = 'privacy' and version = 1")
			.query(String.class).single()).isEqualTo(shipped);

		String slug = newPage();
		assertThat(pages.followShippedText(slug, "Nieuwe tekst van de release.")).isTrue();
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.until(() -> pages.find(slug).orElseThrow().body().equals("Nieuwe tekst van de release."));
		assertThat(pages.version(slug, 1).orElseThrow().body()).isEqualTo("Nieuwe tekst van de release.");
		assertThat(pages.followShippedText(slug, "Nieuwe tekst van de release.")).isFalse();

		save(slug, "Testpagina", "Eigen tekst van het secretariaat.", "alleen-over-ons");
		assertThat(pages.followShippedText(slug, "Een nog nieuwere tekst.")).isFalse();
		mvc.perform(get("/over/" + slug)).andExpect(content().string(containsString("Eigen tekst van het secretariaat.")));
	}
}
