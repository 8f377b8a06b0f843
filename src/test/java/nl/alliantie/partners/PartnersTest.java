package nl.alliantie.partners;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.conferences.ConferenceFixtures;
import nl.alliantie.conferences.editions.Editions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Partners and funders with logo and link in the secretariat's order on {@code /partners}, and per
 * edition of the Alliantiedagen who helped and paid (from the conferences module, not copied).
 */
@AlliantieTest
class PartnersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConferenceFixtures conferences;

	@Autowired
	Editions editions;

	private static MockMultipartFile logo(String name) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(2000, 500, BufferedImage.TYPE_INT_RGB), "png", out);
		return new MockMultipartFile("logo", name, "image/png", out.toByteArray());
	}

	private long idOf(String name) {
		return jdbc.sql("select id from partners_partner where name = :name").param("name", name).query(Long.class).single();
	}

	@Test
	void partnersAndFundersWithTheirLogoInTheirOrder() throws Exception {
		String first = "Eerste " + UUID.randomUUID().toString().substring(0, 6);
		String second = "Tweede " + UUID.randomUUID().toString().substring(0, 6);
		String funder = "Fonds " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(multipart("/beheer/partners").file(logo("logo.png")).with(logins.secretariat()).with(csrf())
				.param("naam", second).param("soort", "partner").param("website", "https://example.org/tweede")
				.param("beschrijving", "Helpt mee.").param("plaats", "2"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/beheer/partners").with(logins.secretariat()).with(csrf()).param("naam", first)
				.param("soort", "partner").param("website", "").param("beschrijving", "").param("plaats", "1"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/beheer/partners").with(logins.secretariat()).with(csrf()).param("naam", funder)
				.param("soort", "financier").param("website", "https://example.org/fonds").param("plaats", "1"))
			.andExpect(status().is3xxRedirection());

		Document page = Jsoup.parse(mvc.perform(get("/partners")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		String text = page.text();
		assertThat(text.indexOf(first)).isLessThan(text.indexOf(second));
		assertThat(text.indexOf("Financiers")).isLessThan(text.indexOf(funder)).isGreaterThan(text.indexOf(second));
		assertThat(page.select("a[href=https://example.org/tweede]").text()).isEqualTo(second);
		var img = page.select("img[alt=Logo van " + second + "]");
		assertThat(img).hasSize(1);
		// the logo as written anew, at most 1200 px wide
		assertThat(img.attr("width")).isEqualTo("1200");
		mvc.perform(get(img.attr("src"))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/partners/" + idOf(first) + "/logo")).andExpect(status().isNotFound());

		// reordered and the logo taken away
		long secondId = idOf(second);
		mvc.perform(multipart("/beheer/partners/" + secondId).with(logins.secretariat()).with(csrf()).param("naam", second)
				.param("soort", "partner").param("plaats", "0").param("logoWeg", "true"))
			.andExpect(status().is3xxRedirection());
		text = Jsoup.parse(mvc.perform(get("/partners")).andReturn().getResponse().getContentAsString()).text();
		assertThat(text.indexOf(second)).isLessThan(text.indexOf(first));
		mvc.perform(get("/partners/" + secondId + "/logo")).andExpect(status().isNotFound());

		mvc.perform(post("/beheer/partners/" + secondId + "/verwijderen").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/partners")).andExpect(content().string(org.hamcrest.Matchers.not(containsString(second))));
	}

	@Test
	void aLogoThatIsNoPictureIsRefusedByItsFieldAndTheFormKept() throws Exception {
		String name = "Geweigerd " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(multipart("/beheer/partners")
				.file(new MockMultipartFile("logo", "logo.png", "image/png", "<svg onload=alert(1)>".getBytes()))
				.with(logins.secretariat()).with(csrf()).param("naam", name).param("soort", "partner")
				.param("website", "javascript:alert(1)").param("beschrijving", "Blijft staan.").param("plaats", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit is geen JPEG-, PNG- of WebP-foto.")))
			.andExpect(content().string(containsString("Vul een webadres in dat begint met https:// of http://, zonder spaties.")))
			.andExpect(content().string(containsString("Vul een getal van 0 tot 99 in.")))
			.andExpect(content().string(containsString("Blijft staan.")))
			.andExpect(content().string(containsString(name)));
		assertThat(jdbc.sql("select count(*) from partners_partner where name = :name").param("name", name)
			.query(Integer.class).single()).isZero();
		mvc.perform(get("/beheer/partners").with(logins.coordinator("oost"))).andExpect(status().isForbidden());
	}

	@Test
	void eachEditionShowsWhoHelpedAndWhoPaidFromTheConferencesModule() throws Exception {
		var edition = conferences.edition(LocalDate.now().plusDays(90), 20, 10, null);
		String funder = "Gemeentefonds " + UUID.randomUUID().toString().substring(0, 6);
		editions.addPartner(edition.editionId(), funder, "funder", "De zaalhuur", null);
		Document page = Jsoup.parse(mvc.perform(get("/partners")).andReturn().getResponse().getContentAsString());
		var heading = page.select("h3:has(a[href=/alliantiedagen/" + edition.year() + "])");
		assertThat(heading).hasSize(1);
		assertThat(heading.first().nextElementSibling().text()).contains(funder + " · betaalde mee: De zaalhuur");
	}
}
