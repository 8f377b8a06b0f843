package nl.alliantie.documents.library;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.conferences.ConferenceFixtures;
import nl.alliantie.consultations.ConsultationFixtures;
import nl.alliantie.newsletter.NewsletterFixtures;
import nl.alliantie.shared.events.EventsHeard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What was published before the library heard of it (an installation that ran an older version:
 * rows written while no listener existed, so no event was ever stored) reaches {@code /documenten}
 * through the one-time catch-up, exactly once, also when the catch-up runs twice (issue 17).
 */
@AlliantieTest
class LibraryCatchUpTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	CatchUp catchUp;

	@Autowired
	ConferenceFixtures conferences;

	@Autowired
	ConsultationFixtures consultations;

	@Autowired
	NewsletterFixtures newsletter;

	@Autowired
	EventsHeard heard;

	@Autowired
	JdbcClient jdbc;

	@Test
	void whatWasPublishedBeforeTheLibraryListenedIsListedOnceAfterTheCatchUp() throws Exception {
		String word = "Inhaal" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		// published while no listener ran: written straight into the owners' tables, no event stored
		var edition = conferences.edition(LocalDate.now().minusDays(30), 10, 5, "oost");
		long report = file(edition.editionId(), edition.dayId(), "report", "Verslag " + word, "application/pdf");
		long firstPhoto = file(edition.editionId(), edition.dayId(), "photo", "Zaal", "image/png");
		file(edition.editionId(), edition.dayId(), "photo", "Podium", "image/png");
		long consultation = consultations.planned("noord", Duration.ofDays(-20));
		jdbc.sql("update consultations_consultation set status = 'VERSLAG_GEPUBLICEERD', published_at = now() where id = :id")
			.param("id", consultation).update();
		long issue = newsletter.issueWithArticle(word, "Artikel " + word, "Tekst.");
		jdbc.sql("update newsletter_issue set status = 'SENT', sent_at = now() where id = :id").param("id", issue).update();
		long meeting = jdbc.sql("insert into lobby_meeting (held_on, title, published) values (:on, :title, true) returning id")
			.param("on", LocalDate.now().minusDays(40)).param("title", "Overleg " + word).query(Long.class).single();
		long hidden = jdbc.sql("insert into lobby_meeting (held_on, title, published) values (:on, :title, false) returning id")
			.param("on", LocalDate.now().minusDays(41)).param("title", "Niet openbaar " + word).query(Long.class).single();
		heard.await();
		String[] sources = { "conferences.file:" + report, "conferences.photos:edition:" + edition.editionId(),
				"consultations.minutes:" + consultation, "newsletter.issue:" + issue, "lobby.position-paper:" + meeting };
		for (String source : sources) {
			assertThat(count(source)).as("not listed before the catch-up: " + source).isZero();
		}
		assertThat(library(word)).doesNotContain("Verslag " + word);

		// an installation whose library was never caught up
		jdbc.sql("delete from documents_catch_up").update();
		assertThat(catchUp.run()).isGreaterThanOrEqualTo(sources.length);
		for (String source : sources) {
			assertThat(count(source)).as(source).isEqualTo(1);
		}
		assertThat(count("conferences.file:" + firstPhoto)).as("photos are one album entry").isZero();
		assertThat(count("lobby.position-paper:" + hidden)).as("what is not public stays out").isZero();
		assertThat(jdbc.sql("select module from documents_catch_up order by module").query(String.class).list())
			.containsExactly("conferences", "consultations", "lobby", "newsletter");
		String page = library(word);
		assertThat(page).contains("Verslag " + word).contains("Overleg " + word).contains(word);
		assertThat(jdbc.sql("select href from documents_document where source = :s").param("s", "newsletter.issue:" + issue)
			.query(String.class).single()).isEqualTo("/nieuwsbrief/archief/" + issue);

		// run twice: a module asked once is not asked again ...
		assertThat(catchUp.run()).isZero();
		// ... and asked again (its row removed by hand), what is listed is not listed twice
		jdbc.sql("delete from documents_catch_up").update();
		catchUp.run();
		for (String source : sources) {
			assertThat(count(source)).as("still once: " + source).isEqualTo(1);
		}
		assertThat(jdbc.sql("select count(*) from documents_document where title like :t").param("t", "%" + word + "%")
			.query(Integer.class).single()).as("the report, the issue and the paper: no copies").isEqualTo(3);
	}

	private String library(String word) throws Exception {
		return Jsoup.parse(mvc.perform(get("/documenten").param("q", word)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).text();
	}

	private int count(String source) {
		return jdbc.sql("select count(*) from documents_document where source = :s").param("s", source)
			.query(Integer.class).single();
	}

	private long file(long edition, long day, String kind, String title, String type) {
		return jdbc.sql("""
				insert into conferences_file (edition_id, day_id, kind, title, filename, content_type, size_bytes, data)
				values (:edition, :day, :kind, :title, 'bestand', :type, :size, :data) returning id
				""")
			.param("edition", edition).param("day", day).param("kind", kind).param("title", title).param("type", type)
			.param("size", PDF.length).param("data", PDF)
			.query(Long.class).single();
	}
}
