package nl.alliantie.newsletter;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An article's picture: recognised by its content (not its name or type), written anew at most
 * 1,200 px wide (what was hidden after the picture is gone), described for those who cannot see
 * it, served at one random address that the web page and every reader's mail share.
 */
@AlliantieTest
class ArticlePictureTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NewsletterFixtures fixtures;

	@Test
	void aPictureIsCheckedByContentScaledAndServedAtOneAddressForEveryone() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		RequestPostProcessor correspondent = logins.as(new Grant(Role.CORRESPONDENT, "Utrecht"));
		mvc.perform(post("/beheer/nieuwsbrief/stukken/nieuw").with(correspondent).with(csrf())
				.param("titel", "Foto " + run).param("tekst", "Tekst.").param("provincie", "Utrecht"))
			.andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from newsletter_article where title = :t").param("t", "Foto " + run)
			.query(Long.class).single();
		String page = "/beheer/nieuwsbrief/stukken/" + id;

		// a text file with a picture's name and type is refused beside its field; the description stays
		mvc.perform(multipart(page + "/beeld").file(new MockMultipartFile("beeld", "foto.png", "image/png",
				"<?php echo 'hallo'; ?>".getBytes(StandardCharsets.UTF_8))).param("beeldtekst", "Een zaal vol mensen")
				.with(correspondent).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"beeld-error\">Dit is geen JPEG-, PNG- of WebP-foto.")))
			.andExpect(content().string(containsString("value=\"Een zaal vol mensen\"")));
		mvc.perform(multipart(page + "/beeld").file(new MockMultipartFile("beeld", "zaal.jpg", "image/jpeg", jpeg(2400, 1600)))
				.param("beeldtekst", " ").with(correspondent).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Schrijf in een paar woorden wat er op de foto staat.")));

		byte[] upload = jpeg(2400, 1600);
		byte[] withPayload = new byte[upload.length + 24];
		System.arraycopy(upload, 0, withPayload, 0, upload.length);
		System.arraycopy("VERBORGEN-LADING-123456".getBytes(StandardCharsets.US_ASCII), 0, withPayload, upload.length, 23);
		mvc.perform(multipart(page + "/beeld").file(new MockMultipartFile("beeld", "zaal.txt", "text/plain", withPayload))
				.param("beeldtekst", "Een zaal vol mensen").with(correspondent).with(csrf()))
			.andExpect(redirectedUrl(page + "?melding=foto"));
		String key = jdbc.sql("select image_key from newsletter_article where id = :id").param("id", id)
			.query(String.class).single();
		assertThat(key).matches("[A-Za-z0-9_-]{22}");

		byte[] served = mvc.perform(get("/nieuwsbrief/beeld/" + key))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/jpeg"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(ImageIO.read(new ByteArrayInputStream(served)).getWidth()).isEqualTo(1200);
		assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("VERBORGEN-LADING");
		mvc.perform(get("/nieuwsbrief/beeld/" + "A".repeat(22))).andExpect(status().isNotFound());
		mvc.perform(get("/nieuwsbrief/beeld/kapot")).andExpect(status().isNotFound());
		mvc.perform(get(page).with(correspondent))
			.andExpect(content().string(containsString("src=\"/nieuwsbrief/beeld/" + key + "\" alt=\"Een zaal vol mensen\" width=\"1200\" height=\"800\"")))
			.andExpect(content().string(containsString("foto: Een zaal vol mensen")));

		// the editors place it; the mail shows it at the same address for every reader
		RequestPostProcessor editor = logins.as(Grant.of(Role.REDACTIE));
		mvc.perform(post(page + "/indienen").with(correspondent).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(page + "/accepteren").with(editor).with(csrf())).andExpect(status().is3xxRedirection());
		long issue = fixtures.issue("Foto's " + run);
		mvc.perform(post(page + "/plaatsen").with(editor).with(csrf()).param("nummer", Long.toString(issue)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/beheer/nieuwsbrief/nummers/" + issue + "/voorbeeld/mail").with(editor))
			.andExpect(content().string(containsString("<img src=\"http://localhost/nieuwsbrief/beeld/" + key
					+ "\" alt=\"Een zaal vol mensen\" width=\"560\"")))
			.andExpect(content().string(containsString("[Foto: Een zaal vol mensen]")));

		// taken away: the old address shows nothing any more
		mvc.perform(post(page + "/beeld/weg").with(editor).with(csrf())).andExpect(redirectedUrl(page + "?melding=fotoWeg"));
		mvc.perform(get("/nieuwsbrief/beeld/" + key)).andExpect(status().isNotFound());
		mvc.perform(get(page).with(editor)).andExpect(content().string(not(containsString("/nieuwsbrief/beeld/"))));
		// a notice nobody asked for is no error
		mvc.perform(get(page + "?melding=onzin").with(editor)).andExpect(status().isOk());
	}

	private static byte[] jpeg(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.getGraphics().fillRect(0, 0, width / 2, height / 2);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}
}
