package nl.alliantie.agendas;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.agendas.toolkit.Toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The toolkit: the secretariat writes the step plan (Markdown, shown sanitised, in the order of its
 * numbers) and uploads files, which are taken only when their content is what their name says.
 */
@AlliantieTest
class ToolkitTest {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	Toolkit toolkit;

	static byte[] docx() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
		}
		return bytes.toByteArray();
	}

	@Test
	void theSecretariatWritesTheStepPlanInOrderAndItIsShownSanitised() throws Exception {
		String title = "Stap " + System.nanoTime();
		mvc.perform(post("/beheer/toolkit/stappen").with(logins.secretariat()).with(csrf())
				.param("plaats", "999").param("titel", title)
				.param("tekst", "Nodig **iedereen** uit.\n\n<script>alert(1)</script>[klik](javascript:alert(1))"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/beheer/toolkit/stappen").with(logins.secretariat()).with(csrf())
				.param("plaats", "998").param("titel", "Eerder " + title).param("tekst", ""))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/toolkit"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<strong>iedereen</strong>"), not(containsString("<script>alert")),
					not(containsString("href=\"javascript:")))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page.indexOf("Eerder " + title)).as("number 998 before 999").isLessThan(page.indexOf(">" + title + "<"));

		long id = toolkit.steps().stream().filter(step -> step.title().equals(title)).findFirst().orElseThrow().id();
		mvc.perform(post("/beheer/toolkit/stappen/" + id).with(logins.secretariat()).with(csrf())
				.param("plaats", "nul").param("titel", "<b>vet</b>").param("tekst", "x".repeat(20_001)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"plaats-error\">Vul een nummer in van 1 tot 1000."),
					containsString("id=\"titel-error\">Gebruik gewone tekst"),
					containsString("id=\"tekst-error\">Dit is te lang. Gebruik hoogstens 20.000 tekens."),
					containsString("value=\"nul\""))));
		mvc.perform(post("/beheer/toolkit/stappen/" + id + "/verwijderen").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/toolkit")).andExpect(content().string(not(containsString(">" + title + "<"))));
		mvc.perform(get("/beheer/toolkit").with(logins.coordinator("noord"))).andExpect(status().isForbidden());
	}

	@Test
	void aFileIsTakenWhenItIsWhatItsNameSaysAndServedToDownload() throws Exception {
		String title = "Stappenplan " + System.nanoTime();
		mvc.perform(multipart("/beheer/toolkit/bestanden").file(new MockMultipartFile("bestand", "stappenplan.pdf",
				"application/pdf", PDF)).param("bestandTitel", title).with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		Toolkit.FileEntry file = toolkit.files().stream().filter(f -> f.title().equals(title)).findFirst().orElseThrow();
		mvc.perform(get("/toolkit")).andExpect(content().string(containsString(file.href())));
		mvc.perform(get(file.href()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("stappenplan.pdf")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PDF));

		// a Word file named .docx is taken as one
		mvc.perform(multipart("/beheer/toolkit/bestanden").file(new MockMultipartFile("bestand", "brief.docx",
				"application/octet-stream", docx())).param("bestandTitel", "Voorbeeldbrief").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		// not what its name says: a page of HTML called .pdf, a Word file called .odt
		mvc.perform(multipart("/beheer/toolkit/bestanden").file(new MockMultipartFile("bestand", "stappenplan.pdf",
				"application/pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
			.param("bestandTitel", "Nep").with(logins.secretariat()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"bestand-error\">Dit bestand is geen PDF"),
					containsString("value=\"Nep\""))));
		mvc.perform(multipart("/beheer/toolkit/bestanden").file(new MockMultipartFile("bestand", "brief.odt",
				"application/vnd.oasis.opendocument.text", docx())).param("bestandTitel", "Verkeerde naam")
			.with(logins.secretariat()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"bestand-error\">Dit bestand is een DOCX, maar de naam zegt iets anders.")));
		// none, too large, no title
		mvc.perform(multipart("/beheer/toolkit/bestanden").param("bestandTitel", "").with(logins.secretariat()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"bestand-error\">Kies een bestand."),
					containsString("id=\"bestandTitel-error\">Vul een titel in."))));
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		mvc.perform(multipart("/beheer/toolkit/bestanden").file(new MockMultipartFile("bestand", "groot.pdf",
				"application/pdf", large)).param("bestandTitel", "Groot").with(logins.secretariat()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"bestand-error\">Dit bestand is te groot. Het mag hoogstens 10 MB zijn.")));
		assertThat(toolkit.files()).noneMatch(f -> f.title().equals("Nep") || f.title().equals("Verkeerde naam")
				|| f.title().equals("Groot"));

		mvc.perform(post("/beheer/toolkit/bestanden/" + file.id() + "/verwijderen").with(logins.secretariat()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(file.href())).andExpect(status().isNotFound());
		mvc.perform(get("/toolkit/bestanden/99999999999999999999")).andExpect(status().isNotFound());
	}
}
