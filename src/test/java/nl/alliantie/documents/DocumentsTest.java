package nl.alliantie.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.consultations.ConsultationFixtures;
import nl.alliantie.consultations.ConsultationId;
import nl.alliantie.consultations.MinutesPublished;
import nl.alliantie.lobby.PositionPaperPublished;
import nl.alliantie.lobby.PositionPaperWithdrawn;
import nl.alliantie.shared.events.EventsHeard;

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
class DocumentsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EventsHeard heard;

	@Autowired
	ConsultationFixtures consultations;

	@Autowired
	Documents documents;

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private MvcResult upload(MockMultipartFile file, String kind, String year, String theme, String title,
			String description) throws Exception {
		return mvc.perform(multipart("/beheer/documenten").file(file).with(logins.secretariat()).with(csrf())
				.param("soort", kind).param("jaar", year).param("thema", theme).param("titel", title)
				.param("beschrijving", description))
			.andReturn();
	}

	private long uploaded(MockMultipartFile file, String kind, String year, String theme, String title,
			String description) throws Exception {
		MvcResult result = upload(file, kind, year, theme, title, description);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
	}

	@Test
	void anUploadedPositionPaperIsFoundByDutchSearchAndByEachFilterAndServedAsStored() throws Exception {
		String word = "kwijtscheldingsregel" + UUID.randomUUID().toString().substring(0, 6).replaceAll("\\d", "x");
		String theme = "Thema " + UUID.randomUUID().toString().substring(0, 8);
		long id = uploaded(new MockMultipartFile("bestand", "positiepapier.pdf", "application/pdf", PDF),
				"positiepapier", "2024", theme, "Positiepapier over " + word, "Wat gemeenten met schulden van inwoners doen.");

		// Dutch stemming: "schuld" finds "schulden"; the title's word too
		mvc.perform(get("/documenten").param("q", word)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Positiepapier over " + word)));
		mvc.perform(get("/documenten").param("q", "schuld " + word)).andExpect(content().string(containsString("/documenten/" + id)));
		// each filter, alone and together
		mvc.perform(get("/documenten").param("thema", theme)).andExpect(content().string(containsString("/documenten/" + id)));
		mvc.perform(get("/documenten").param("thema", theme).param("soort", "positiepapier").param("jaar", "2024"))
			.andExpect(content().string(containsString("/documenten/" + id)));
		mvc.perform(get("/documenten").param("thema", theme).param("soort", "manifest"))
			.andExpect(content().string(not(containsString("/documenten/" + id))));
		mvc.perform(get("/documenten").param("thema", theme).param("jaar", "2023"))
			.andExpect(content().string(not(containsString("/documenten/" + id))));

		mvc.perform(get("/documenten/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Wat gemeenten met schulden van inwoners doen.")))
			.andExpect(content().string(containsString("Positiepapier")));
		mvc.perform(get("/documenten/" + id + "/bestand")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("positiepapier.pdf")))
			.andExpect(content().bytes(PDF));
		assertThat(documents.after(id - 1, 1)).singleElement()
			.satisfies(document -> assertThat(document.fileType()).isEqualTo("PDF"))
			.satisfies(document -> assertThat(document.kind()).isEqualTo(DocumentKind.POSITION_PAPER));

		// the secretariat changes what the library says of it, then removes it
		mvc.perform(post("/beheer/documenten/" + id).with(logins.secretariat()).with(csrf()).param("soort", "rapport")
				.param("jaar", "2025").param("thema", theme).param("titel", "Rapport " + word).param("beschrijving", ""))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/documenten").param("thema", theme).param("soort", "rapport").param("jaar", "2025"))
			.andExpect(content().string(containsString("Rapport " + word)));
		mvc.perform(post("/beheer/documenten/" + id + "/verwijderen").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/documenten/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/documenten/" + id + "/bestand")).andExpect(status().isNotFound());
	}

	@Test
	void everyKindOfFileIsRecognisedByItsContentAndTheOfficeFilesAreDownloads() throws Exception {
		String title = "Soorten " + UUID.randomUUID();
		long docx = uploaded(new MockMultipartFile("bestand", "brief.docx", "application/octet-stream",
				zip("[Content_Types].xml", "word/document.xml")), "rapport", "2025", "", title, "");
		long odt = uploaded(new MockMultipartFile("bestand", "brief.odt", "", odt()), "rapport", "2025", "", title, "");
		long pptx = uploaded(new MockMultipartFile("bestand", "dia's.pptx", "text/plain",
				zip("[Content_Types].xml", "ppt/presentation.xml")), "presentatie", "2025", "", title, "");
		long png = uploaded(new MockMultipartFile("bestand", "foto.png", "image/png", png()), "foto", "2025", "", title, "");
		assertThat(jdbc.sql("select file_type from documents_document where id in (:ids) order by id")
			.param("ids", java.util.List.of(docx, odt, pptx, png)).query(String.class).list())
			.containsExactly("DOCX", "ODT", "PPTX", "PNG");
		mvc.perform(get("/documenten/" + docx + "/bestand"))
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
		mvc.perform(get("/documenten/" + png + "/bestand")).andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", containsString("inline")));
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysIsRefusedWithADutchSentenceAndTheFormKeepsWhatWasTyped() throws Exception {
		String title = "Geweigerd " + UUID.randomUUID();
		// a picture named as a PDF
		mvc.perform(multipart("/beheer/documenten").file(new MockMultipartFile("bestand", "verslag.pdf", "application/pdf", png()))
				.with(logins.secretariat()).with(csrf()).param("soort", "rapport").param("jaar", "2025")
				.param("thema", "Schulden").param("titel", title).param("beschrijving", "Een beschrijving die blijft."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit bestand is een PNG-bestand, maar de naam zegt iets anders.")))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Een beschrijving die blijft.")));
		// a web page or a script named as a PDF, a picture or a Word file
		for (String[] fake : new String[][] { { "verslag.pdf", "<html><script>alert(1)</script></html>" },
				{ "foto.jpg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>" },
				{ "brief.docx", "PK\u0003\u0004 niet echt een zip" }, { "tekst.odt", "MZ\u0090\u0000" } }) {
			mvc.perform(multipart("/beheer/documenten")
					.file(new MockMultipartFile("bestand", fake[0], "application/pdf", fake[1].getBytes(StandardCharsets.ISO_8859_1)))
					.with(logins.secretariat()).with(csrf()).param("soort", "rapport").param("jaar", "2025")
					.param("thema", "").param("titel", title).param("beschrijving", ""))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Dit bestand is geen PDF, DOCX, ODT, PPTX, JPEG of PNG.")));
		}
		// a ZIP that is no office file
		mvc.perform(multipart("/beheer/documenten").file(new MockMultipartFile("bestand", "a.docx", "", zip("a.txt")))
				.with(logins.secretariat()).with(csrf()).param("soort", "rapport").param("jaar", "2025")
				.param("titel", title))
			.andExpect(content().string(containsString("Dit bestand is geen PDF, DOCX, ODT, PPTX, JPEG of PNG.")));
		// too large: the Dutch sentence by the field
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		mvc.perform(multipart("/beheer/documenten").file(new MockMultipartFile("bestand", "groot.pdf", "application/pdf", large))
				.with(logins.secretariat()).with(csrf()).param("soort", "rapport").param("jaar", "2025")
				.param("titel", title))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit bestand is groter dan 10 MB.")));
		// no file, no kind, a year that is no year: each said by its field
		mvc.perform(multipart("/beheer/documenten").with(logins.secretariat()).with(csrf()).param("soort", "ONBEKEND")
				.param("jaar", "abc").param("titel", title))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kies het bestand dat u wilt toevoegen.")))
			.andExpect(content().string(containsString("Kies wat voor document dit is.")))
			.andExpect(content().string(containsString("Vul het jaar in met cijfers, zoals 2026.")));
		assertThat(jdbc.sql("select count(*) from documents_document where title = :t").param("t", title)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void publishedMinutesAndPositionPapersAreListedWithALinkOnceEvenWhenHeardTwice() throws Exception {
		long consultation = consultations.planned("noord", Duration.ofDays(-3));
		for (int i = 0; i < 2; i++) {
			transactions.executeWithoutResult(tx -> events.publishEvent(
					new MinutesPublished(new ConsultationId(consultation), "noord")));
		}
		long meeting = 900_000 + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000);
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new PositionPaperPublished(meeting, LocalDate.of(2025, 5, 20), "Voorjaarsoverleg " + meeting)));
		heard.await();
		assertThat(jdbc.sql("select count(*) from documents_document where href = :href")
			.param("href", "/regio-overleggen/" + consultation).query(Integer.class).single()).isEqualTo(1);
		long minutes = jdbc.sql("select id from documents_document where href = :href")
			.param("href", "/regio-overleggen/" + consultation).query(Long.class).single();
		mvc.perform(get("/documenten/" + minutes)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Verslag regio-overleg")))
			.andExpect(content().string(containsString("href=\"/regio-overleggen/" + consultation + "\"")));
		mvc.perform(get("/documenten").param("q", "Voorjaarsoverleg " + meeting).param("soort", "positiepapier"))
			.andExpect(content().string(containsString("href=\"/lobby/staatssecretaris/" + meeting + "\"")));
		// the secretariat cannot change or remove a listed entry here
		mvc.perform(post("/beheer/documenten/" + minutes + "/verwijderen").with(logins.secretariat()).with(csrf()));
		mvc.perform(get("/documenten/" + minutes)).andExpect(status().isOk());

		transactions.executeWithoutResult(tx -> events.publishEvent(new PositionPaperWithdrawn(meeting)));
		heard.await();
		mvc.perform(get("/documenten").param("q", "Voorjaarsoverleg " + meeting))
			.andExpect(content().string(not(containsString("/lobby/staatssecretaris/" + meeting))));
	}

	@Test
	void anyAddressOfTheListAnswersAPage() throws Exception {
		for (String query : new String[] { "pagina=2147483647", "pagina=-1", "pagina=abc", "jaar=abc", "jaar=99999",
				"soort=ONBEKEND", "thema=" + "x".repeat(500), "q=" + "(&|!:*".repeat(50), "q=%22%22" }) {
			mvc.perform(get("/documenten?" + query)).andExpect(status().isOk());
		}
		mvc.perform(get("/documenten/99999999999")).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheSecretariatKeepsTheLibrary() throws Exception {
		mvc.perform(get("/beheer/documenten").with(logins.coordinator("oost"))).andExpect(status().isForbidden());
		mvc.perform(multipart("/beheer/documenten").file(new MockMultipartFile("bestand", "a.pdf", "", PDF))
				.with(logins.coordinator("oost")).with(csrf()).param("soort", "rapport").param("jaar", "2025")
				.param("titel", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/beheer/documenten").with(logins.secretariat())).andExpect(status().isOk());
		mvc.perform(get("/beheer/documenten/nieuw").with(logins.secretariat())).andExpect(status().isOk());
	}

	static byte[] zip(String... names) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	static byte[] odt() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("mimetype"));
			zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}
}
