package nl.alliantie.conferences;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.conferences.evaluations.Evaluations;
import nl.alliantie.conferences.registrations.Registrations;
import nl.alliantie.mail.catcher.MailCatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The evaluation after a day, its results, and the publications with their checks. */
@AlliantieTest
class EvaluationAndPublicationsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	Registrations registrations;

	@Autowired
	Evaluations evaluations;

	@Autowired
	TestLogins logins;

	@Autowired
	MailCatcher mails;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneEvaluationPerLink() throws Exception {
		var fixture = fixtures.edition(LocalDate.now(), 20, 10, null);
		String email = "eval-" + UUID.randomUUID() + "@test.alliantie.local";
		var registered = registrations.register(new Registrations.Request(fixture.dayId(), "Els", email, "",
				fixture.workshops().get(0), null, "", ""));
		var secretariat = logins.secretariat();
		mvc.perform(post("/beheer/alliantiedagen/dagen/" + fixture.dayId() + "/evaluatie-versturen").with(secretariat).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/beheer/alliantiedagen/dagen/" + fixture.dayId() + "/evaluatie-versturen").with(secretariat).with(csrf()))
			.andExpect(status().is3xxRedirection());
		var mailed = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
			.until(() -> mails.to(email).stream().filter(m -> m.subject().startsWith("Wat vond u")).toList(),
					found -> !found.isEmpty());
		assertThat(mailed).hasSize(1);
		String link = mailed.get(0).text().lines().filter(l -> l.contains("/alliantiedagen/evaluatie/")).findFirst().orElseThrow().trim();
		String path = link.substring(link.indexOf("/alliantiedagen/"));

		mvc.perform(get(path)).andExpect(status().isOk())
			.andExpect(content().string(containsString("De werkgroep Armoedebestrijding in de praktijk")));
		mvc.perform(post(path).with(csrf()).param("inleiding", "4").param("totaal", "9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies een cijfer van 1 tot en met 5")));
		mvc.perform(post(path).with(csrf()).param("inleiding", "4").param("werkgroep", "5").param("totaal", "4")
				.param("goed", "=HYPERLINK(\"x\") de werkgroep").param("beter", "Meer pauze"))
			.andExpect(redirectedUrl("/alliantiedagen/evaluatie/bedankt"));
		mvc.perform(post(path).with(csrf()).param("totaal", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deze link werkt niet meer")));
		mvc.perform(get(path)).andExpect(content().string(containsString("Deze link werkt niet meer")));
		assertThat(jdbc.sql("select count(*) from conferences_evaluation where registration_id = :id").param("id", registered.id())
			.query(Integer.class).single()).isEqualTo(1);

		mvc.perform(get("/beheer/alliantiedagen/dagen/" + fixture.dayId() + "/evaluaties").with(secretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("<table")))
			.andExpect(content().string(containsString("Meer pauze")))
			.andExpect(content().string(not(containsString("Els"))))
			.andExpect(content().string(not(containsString("style="))));
		String csv = mvc.perform(get("/beheer/alliantiedagen/dagen/" + fixture.dayId() + "/evaluaties.csv").with(secretariat))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains(";4;").contains("\"'=HYPERLINK(\"\"x\"\") de werkgroep\"").doesNotContain("Els");
	}

	@Test
	void theLinksAfterTheDayGoToThoseWhoHaveNotAnsweredYet() throws Exception {
		var fixture = fixtures.edition(LocalDate.now(), 20, 10, null);
		String answered = "al-" + UUID.randomUUID() + "@test.alliantie.local";
		String quiet = "nog-" + UUID.randomUUID() + "@test.alliantie.local";
		var first = registrations.register(new Registrations.Request(fixture.dayId(), "Anna", answered, "", null, null, "", ""));
		registrations.register(new Registrations.Request(fixture.dayId(), "Bram", quiet, "", null, null, "", ""));
		// Anna answered through a link the secretariat sent her by hand, before the links went out
		mvc.perform(post("/alliantiedagen/evaluatie/" + evaluations.issueLink(first.id())).with(csrf())
			.param("inleiding", "4").param("totaal", "4")).andExpect(redirectedUrl("/alliantiedagen/evaluatie/bedankt"));

		assertThat(evaluations.sendLinks(fixture.dayId())).isEqualTo(1);
		String links = "select count(*) from mail_outbox where lower(recipient) = :to and subject like 'Wat vond u%'";
		assertThat(jdbc.sql(links).param("to", quiet).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql(links).param("to", answered).query(Integer.class).single())
			.as("no link that would only say it no longer works").isZero();
	}

	@Test
	void evaluationLinksWaitForTheDay() throws Exception {
		var fixture = fixtures.edition(LocalDate.now().plusDays(3), 20, 10, null);
		mvc.perform(post("/beheer/alliantiedagen/dagen/" + fixture.dayId() + "/evaluatie-versturen").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("notice", "conferences.admin.notice.evaluationTooEarly"));
	}

	@Test
	void uploadsAreCheckedByContent() throws Exception {
		var fixture = fixtures.edition(LocalDate.now(), 20, 10, null);
		var secretariat = logins.secretariat();
		String url = "/beheer/alliantiedagen/dagen/" + fixture.dayId() + "/publicaties";

		// a text file
		mvc.perform(multipart(url).file(new MockMultipartFile("bestand", "verslag.txt", "text/plain", "hallo".getBytes()))
				.param("soort", "report").with(secretariat).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit soort bestand kan niet")));
		// a script dressed up as a photo
		mvc.perform(multipart(url).file(new MockMultipartFile("bestand", "foto.png", "image/png",
				"<script>alert(1)</script>".getBytes()))
				.param("soort", "photo").with(secretariat).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit soort bestand kan niet")));
		// an SVG (script inside) with a PNG name
		mvc.perform(multipart(url).file(new MockMultipartFile("bestand", "logo.png", "image/svg+xml",
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes()))
				.param("soort", "photo").with(secretariat).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit soort bestand kan niet")));
		// a PNG signature followed by HTML
		byte[] fake = new byte[64];
		System.arraycopy(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, 0, fake, 0, 8);
		System.arraycopy("<html><script>x</script>".getBytes(), 0, fake, 8, 24);
		mvc.perform(multipart(url).file(new MockMultipartFile("bestand", "foto.png", "image/png", fake))
				.param("soort", "photo").with(secretariat).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit plaatje kunnen wij niet openen")));
		// a ZIP that is not a presentation
		mvc.perform(multipart(url).file(new MockMultipartFile("bestand", "dia.pptx", "application/zip", zip("word/document.xml")))
				.param("soort", "presentation").with(secretariat).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit soort bestand kan niet")));
		// too large
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-1.4".getBytes(), 0, large, 0, 8);
		mvc.perform(multipart(url).file(new MockMultipartFile("bestand", "groot.pdf", "application/pdf", large))
				.param("soort", "report").with(secretariat).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit bestand is te groot")));

		// a real photo and a real presentation
		mvc.perform(multipart(url).file(new MockMultipartFile("bestand", "zaal.png", "image/png", png()))
				.param("soort", "photo").param("titel", "De zaal").with(secretariat).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(multipart(url).file(new MockMultipartFile("bestand", "../../inleiding.pptx", "application/octet-stream",
				zip("[Content_Types].xml", "ppt/presentation.xml")))
				.param("soort", "presentation").param("sessie", String.valueOf(fixture.sessions().get(0))).with(secretariat).with(csrf()))
			.andExpect(status().is3xxRedirection());

		String dayPage = mvc.perform(get(fixture.dayPath())).andExpect(status().isOk())
			.andExpect(content().string(containsString("De zaal")))
			.andReturn().getResponse().getContentAsString();
		long photo = jdbc.sql("select id from conferences_file where day_id = :day and kind = 'photo'").param("day", fixture.dayId()).query(Long.class).single();
		long slides = jdbc.sql("select id from conferences_file where day_id = :day and kind = 'presentation'").param("day", fixture.dayId()).query(Long.class).single();
		assertThat(dayPage).contains("/alliantiedagen/bestanden/" + photo + "/klein");
		mvc.perform(get("/alliantiedagen/bestanden/" + photo))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("zaal.png")))
			.andExpect(header().string("Content-Security-Policy", containsString("sandbox")));
		byte[] thumbnail = mvc.perform(get("/alliantiedagen/bestanden/" + photo + "/klein")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		BufferedImage small = ImageIO.read(new java.io.ByteArrayInputStream(thumbnail));
		assertThat(small.getWidth()).isEqualTo(320);
		mvc.perform(get("/alliantiedagen/bestanden/" + slides))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("inleiding.pptx")))
			.andExpect(header().string("Content-Disposition", not(containsString(".."))));
	}

	@Test
	void onlyTheSecretariatUploads() throws Exception {
		var fixture = fixtures.edition(LocalDate.now(), 20, 10, null);
		mvc.perform(multipart("/beheer/alliantiedagen/dagen/" + fixture.dayId() + "/publicaties")
				.file(new MockMultipartFile("bestand", "zaal.png", "image/png", png()))
				.param("soort", "photo").with(logins.coordinator("noord")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	static byte[] png() throws Exception {
		BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new java.awt.Color(0x8a1538));
		graphics.fillRect(100, 100, 600, 400);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	static byte[] zip(String... entries) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}
}
