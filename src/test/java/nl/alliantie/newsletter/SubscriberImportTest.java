package nl.alliantie.newsletter;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Importing a list: a row without a consent basis is refused and reported; the basis goes on record. */
@AlliantieTest
class SubscriberImportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void rowsWithoutAConsentBasisAreRefusedAndReported() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String with = "met-" + run + "@test.alliantie.local";
		String without = "zonder-" + run + "@test.alliantie.local";
		RequestPostProcessor editor = logins.as(Grant.of(Role.REDACTIE));
		String csv = "email;naam;grondslag\n" + with + ";Anna;aangemeld op de Alliantiedag 2025 met handtekening\n"
				+ without + ";Bert;\n" + "geen-adres;Cor;mondeling\n";
		mvc.perform(multipart("/beheer/nieuwsbrief/abonnees/import")
				.file(new MockMultipartFile("bestand", "lijst.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(editor).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 adressen geïmporteerd, 0 waren al bekend, 2 regels niet overgenomen.")))
			.andExpect(content().string(containsString("Regel 3: " + without + " · geen grondslag voor de toestemming")))
			.andExpect(content().string(containsString("Regel 4: geen-adres · geen geldig e-mailadres")));
		assertThat(jdbc.sql("select status from newsletter_subscriber where email = :e").param("e", with).query(String.class)
			.single()).isEqualTo("CONFIRMED");
		assertThat(jdbc.sql("select count(*) from newsletter_subscriber where email = :e").param("e", without)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("""
				select c.consent_text || '|' || c.origin from newsletter_consent c
				join newsletter_subscriber s on s.id = c.subscriber_id where s.email = :e""").param("e", with)
			.query(String.class).single())
			.startsWith("aangemeld op de Alliantiedag 2025 met handtekening|import lijst.csv regel 2 door Test ");

		mvc.perform(multipart("/beheer/nieuwsbrief/abonnees/import")
				.file(new MockMultipartFile("bestand", "lijst.csv", "text/csv", "email;naam\nx@y.nl;X\n".getBytes(StandardCharsets.UTF_8)))
				.with(editor).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("De eerste regel moet de kolommen email en grondslag noemen")));
		mvc.perform(get("/beheer/nieuwsbrief/abonnees?stand=CONFIRMED").with(editor))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(with)));
		mvc.perform(get("/beheer/nieuwsbrief/abonnees").with(logins.as(new Grant(Role.CORRESPONDENT, "Utrecht"))))
			.andExpect(status().isForbidden());
	}
}
