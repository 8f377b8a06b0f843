package nl.alliantie.news;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AlliantieTest
class NewsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	News news;

	@Autowired
	JdbcClient jdbc;

	private long create(String title, String body) throws Exception {
		MvcResult result = mvc.perform(multipart("/beheer/nieuws").with(logins.secretariat()).with(csrf())
				.param("titel", title).param("inleiding", "Kort gezegd.").param("tekst", body).param("beeldtekst", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
	}

	@Test
	void aDraftIsNotPublicUntilPublishedAndThenInTheListTheFeedAndOnTheHomePage() throws Exception {
		String title = "Energietoeslag " + UUID.randomUUID();
		long id = create(title, "De **toeslag** komt er weer.\n\n- in Zwolle\n- in Deventer");
		mvc.perform(get("/nieuws/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/nieuws")).andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/beheer/nieuws/" + id).with(logins.secretariat()))
			.andExpect(content().string(containsString("<strong>toeslag</strong>")));

		mvc.perform(post("/beheer/nieuws/" + id + "/publiceren").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/nieuws/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>toeslag</strong>")))
			.andExpect(content().string(containsString("<li>in Deventer</li>")));
		mvc.perform(get("/nieuws")).andExpect(content().string(containsString(title)));
		mvc.perform(get("/")).andExpect(content().string(containsString(title)));
		assertThat(news.latest(3)).anyMatch(headline -> headline.id() == id && headline.title().equals(title));
		mvc.perform(get("/nieuws.atom")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/atom+xml")))
			.andExpect(content().string(containsString("<title>" + title + "</title>")))
			.andExpect(content().string(containsString("&lt;strong&gt;toeslag&lt;/strong&gt;")));

		// a published item cannot be deleted, only withdrawn
		mvc.perform(post("/beheer/nieuws/" + id + "/verwijderen").with(logins.secretariat()).with(csrf()));
		mvc.perform(post("/beheer/nieuws/" + id + "/intrekken").with(logins.secretariat()).with(csrf()));
		mvc.perform(get("/nieuws/" + id)).andExpect(status().isNotFound());
		mvc.perform(post("/beheer/nieuws/" + id + "/verwijderen").with(logins.secretariat()).with(csrf()));
		mvc.perform(get("/beheer/nieuws/" + id).with(logins.secretariat())).andExpect(status().isNotFound());
	}

	@Test
	void nothingActiveInTheTextSurvives() throws Exception {
		long id = create("Inert " + UUID.randomUUID(),
				"<script>alert(1)</script> <img src=x onerror=alert(2)> [klik](javascript:alert(3)) <iframe src=https://evil.example></iframe>");
		mvc.perform(post("/beheer/nieuws/" + id + "/publiceren").with(logins.secretariat()).with(csrf()));
		String page = mvc.perform(get("/nieuws/" + id)).andReturn().getResponse().getContentAsString();
		String prose = page.substring(page.indexOf("<div class=\"prose\">"), page.indexOf("</article>"));
		// as a browser builds it: the attacks are shown as text, nothing of them is an element or attribute
		org.jsoup.nodes.Element parsed = org.jsoup.Jsoup.parseBodyFragment(prose).body();
		assertThat(parsed.select("script, img, iframe, [onerror], a[href^=javascript]")).isEmpty();
		assertThat(parsed.text()).contains("<script>alert(1)</script>");
	}

	@Test
	void aRefusedFormKeepsWhatWasTypedAndSaysWhyByTheField() throws Exception {
		String body = "Een lange tekst die niet verloren mag gaan.";
		mvc.perform(multipart("/beheer/nieuws").with(logins.secretariat()).with(csrf())
				.param("titel", "").param("inleiding", "x".repeat(601)).param("tekst", body).param("beeldtekst", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een titel in.")))
			.andExpect(content().string(containsString("De inleiding mag hoogstens 600 tekens hebben.")))
			.andExpect(content().string(containsString(body)));
		// not a picture, whatever its name says: refused by the picture field, the text kept
		MockMultipartFile fake = new MockMultipartFile("beeld", "foto.jpg", "image/jpeg", "<svg onload=alert(1)>".getBytes());
		mvc.perform(multipart("/beheer/nieuws").file(fake).with(logins.secretariat()).with(csrf())
				.param("titel", "Met foto").param("tekst", body).param("beeldtekst", "Een foto"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit is geen JPEG-, PNG- of WebP-foto.")))
			.andExpect(content().string(containsString(body)));
		// a real picture needs a description for those who cannot see it
		mvc.perform(multipart("/beheer/nieuws").file(photo()).with(logins.secretariat()).with(csrf())
				.param("titel", "Met foto").param("tekst", body).param("beeldtekst", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Schrijf in een paar woorden wat er op de foto staat.")));
	}

	@Test
	void aPictureIsServedAsWrittenAnewAndOnlyOncePublished() throws Exception {
		MvcResult result = mvc.perform(multipart("/beheer/nieuws").file(photo()).with(logins.secretariat()).with(csrf())
				.param("titel", "Foto " + UUID.randomUUID()).param("tekst", "Tekst").param("beeldtekst", "Mensen bij de voedselbank"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		mvc.perform(get("/nieuws/" + id + "/beeld")).andExpect(status().isNotFound());
		mvc.perform(post("/beheer/nieuws/" + id + "/publiceren").with(logins.secretariat()).with(csrf()));
		mvc.perform(get("/nieuws/" + id + "/beeld")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		assertThat(jdbc.sql("select image_width from news_item where id = :id").param("id", id).query(Integer.class).single())
			.isEqualTo(1200);
		mvc.perform(get("/nieuws/" + id)).andExpect(content().string(containsString("alt=\"Mensen bij de voedselbank\"")));
	}

	@Test
	void onlyTheSecretariatWritesNewsAndPages() throws Exception {
		mvc.perform(get("/beheer/nieuws").with(logins.coordinator("oost"))).andExpect(status().isForbidden());
		mvc.perform(multipart("/beheer/nieuws").with(logins.coordinator("oost")).with(csrf()).param("titel", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/beheer/paginas/contact").with(logins.coordinator("oost")).with(csrf()).param("titel", "x")
				.param("plaats", "1"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/beheer/nieuws")).andExpect(status().is3xxRedirection());
	}

	@Test
	void thePagesAboutTheAllianceAreEditedAndShownInTheirPlace() throws Exception {
		mvc.perform(get("/over")).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/over/privacy\"")));
		mvc.perform(post("/beheer/paginas/contact").with(logins.secretariat()).with(csrf())
				.param("titel", "Contact").param("tekst", "Bel **030 123 45 67**.").param("plaats", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vul een getal van 0 tot 99 in.")))
			.andExpect(content().string(containsString("Bel **030 123 45 67**.")));
		mvc.perform(post("/beheer/paginas/contact").with(logins.secretariat()).with(csrf())
				.param("titel", "Contact").param("tekst", "Bel **030 123 45 67**.").param("plaats", "0"))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/over/contact")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("<strong>030 123 45 67</strong>");
		// place 0: first in the navigation of the pages
		assertThat(page.indexOf("href=\"/over/contact\"")).isLessThan(page.indexOf("href=\"/over/over-ons\""));
		mvc.perform(get("/over/bestaat-niet")).andExpect(status().isNotFound());
	}

	private static MockMultipartFile photo() throws Exception {
		BufferedImage image = new BufferedImage(2400, 1600, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return new MockMultipartFile("beeld", "foto.png", "image/png", out.toByteArray());
	}
}
