package nl.alliantie.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.conferences.ConferenceFixtures;
import nl.alliantie.conferences.publications.Publications;
import nl.alliantie.events.EventFixtures;
import nl.alliantie.events.announcing.EventStore;
import nl.alliantie.newsletter.NewsletterFixtures;
import nl.alliantie.shared.events.EventsHeard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What other modules publish appears in the library with a link to where it lives, never copied
 * (issue 17): the report and photos of a held one-off event, the reports and photos of the
 * Alliantiedagen, and every sent newsletter issue — each one row per source, heard through the
 * event publication registry.
 */
@AlliantieTest
class ReportsPhotosAndIssuesInTheLibraryTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	EventStore events;

	@Autowired
	ConferenceFixtures conferences;

	@Autowired
	Publications publications;

	@Autowired
	NewsletterFixtures newsletter;

	@Autowired
	EventsHeard heard;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theReportAndPhotosOfAHeldEventAreListedWithALinkToWhereTheyLive() throws Exception {
		String title = "Rondetafel " + UUID.randomUUID().toString().substring(0, 6);
		LocalDate held = LocalDate.now().minusDays(3);
		long id = events.announce(EventFixtures.draft(title, held, 20, "west"));
		long coming = events.announce(EventFixtures.draft(title + " later", LocalDate.now().plusDays(9), 20, null));

		mvc.perform(multipart("/beheer/bijeenkomsten/" + id + "/bestanden").file(file("verslag.pdf", PDF))
				.with(logins.secretariat()).with(csrf()).param("bestandstitel", "Verslag " + title))
			.andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/beheer/bijeenkomsten/" + id + "/bestanden").file(file("tafel.png", png()))
				.with(logins.secretariat()).with(csrf()).param("bestandstitel", "Aan tafel"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/beheer/bijeenkomsten/" + id + "/bestanden").file(file("tafel2.png", png()))
				.with(logins.secretariat()).with(csrf()).param("bestandstitel", "Nog een foto"))
			.andExpect(status().is3xxRedirection());
		// not what its name says: refused beside the file field, the title kept
		String refused = mvc.perform(multipart("/beheer/bijeenkomsten/" + id + "/bestanden")
				.file(file("nep.pdf", "gewoon tekst".getBytes(StandardCharsets.UTF_8)))
				.with(logins.secretariat()).with(csrf()).param("bestandstitel", "Nep"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(refused).select("#bestand-error").text()).isNotEmpty();
		assertThat(Jsoup.parse(refused).select("#bestandstitel").val()).isEqualTo("Nep");
		// an event still to come has no report yet
		mvc.perform(multipart("/beheer/bijeenkomsten/" + coming + "/bestanden").file(file("verslag.pdf", PDF))
				.with(logins.secretariat()).with(csrf()).param("bestandstitel", "Te vroeg"))
			.andExpect(redirectedUrl("/beheer/bijeenkomsten/" + coming))
			.andExpect(flash().attribute("notice", "events.files.notHeld"));
		assertThat(jdbc.sql("select count(*) from conferences_file f join events_event e on e.occasion_id = f.day_id where e.id = :id")
			.param("id", coming).query(Integer.class).single()).isZero();
		heard.await();

		long occasion = jdbc.sql("select occasion_id from events_event where id = :id").param("id", id).query(Long.class).single();
		long report = jdbc.sql("select id from conferences_file where day_id = :d and kind = 'report'").param("d", occasion)
			.query(Long.class).single();
		assertThat(row("conferences.file:" + report)).isEqualTo("MINUTES|Verslag " + title + "|/alliantiedagen/bestanden/" + report);
		assertThat(row("conferences.photos:occasion:" + occasion)).isEqualTo("PHOTO|Foto's: " + title + "|/bijeenkomsten/" + id);
		assertThat(jdbc.sql("select count(*) from documents_document where source like 'conferences.%' and href in (:a, :b)")
			.param("a", "/bijeenkomsten/" + id).param("b", "/alliantiedagen/bestanden/" + report)
			.query(Integer.class).single()).as("one row per report, one per album").isEqualTo(2);

		// found in the library, and the link leads to the file, served as it is
		String library = mvc.perform(get("/documenten").param("q", title)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(library).text()).contains("Verslag " + title).contains("Foto's: " + title);
		mvc.perform(get("/alliantiedagen/bestanden/" + report)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		var page = Jsoup.parse(mvc.perform(get("/bijeenkomsten/" + id)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select("a[href=/alliantiedagen/bestanden/" + report + "]").text()).isEqualTo("Verslag " + title);
		assertThat(page.select("#fotos img")).hasSize(2);
		assertThat(page.select("form[action$=/aanmelden]")).as("no registering for what has been").isEmpty();
	}

	@Test
	void reportsAndPhotosOfTheAlliantiedagenAndSentNewsletterIssuesAreListed() throws Exception {
		var fixture = conferences.edition(LocalDate.now().minusDays(10), 10, 5, "oost");
		long report = publications.store(fixture.editionId(), fixture.dayId(), null, "report", "Verslag van de dag", "dag.pdf", PDF);
		publications.store(fixture.editionId(), fixture.dayId(), null, "photo", "De zaal", "zaal.png", png());
		publications.store(fixture.editionId(), null, null, "logo", "Fonds", "logo.png", png());
		long issue = newsletter.issueWithArticle("Schulden", "Schuldhulp in de wijk", "Tekst.");
		newsletter.sendPaused(issue);
		heard.await();

		assertThat(row("conferences.file:" + report))
			.isEqualTo("MINUTES|Verslag van de dag|/alliantiedagen/bestanden/" + report);
		assertThat(row("conferences.photos:edition:" + fixture.editionId()))
			.isEqualTo("PHOTO|Foto's: Alliantiedagen " + fixture.year() + "|/alliantiedagen/" + fixture.year());
		assertThat(jdbc.sql("select count(*) from documents_document where title like 'Fonds%' and href like '/alliantiedagen/%'")
			.query(Integer.class).single()).as("a logo is no publication").isZero();
		String sent = row("newsletter.issue:" + issue);
		assertThat(sent).startsWith("NEWSLETTER|Nieuwsbrief ").contains(": Schulden|").endsWith("|/nieuwsbrief/archief/" + issue);
		int year = jdbc.sql("select year from newsletter_issue where id = :id").param("id", issue).query(Integer.class).single();
		String library = mvc.perform(get("/documenten").param("soort", "nieuwsbrief").param("jaar", String.valueOf(year)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(library).text()).contains("Schulden");
	}

	private String row(String source) {
		return jdbc.sql("select kind || '|' || title || '|' || href from documents_document where source = :s")
			.param("s", source)
			.query(String.class)
			.single();
	}

	private static MockMultipartFile file(String name, byte[] data) {
		return new MockMultipartFile("bestand", name, "application/octet-stream", data);
	}

	private static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}
}
