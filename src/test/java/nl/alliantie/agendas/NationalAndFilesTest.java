package nl.alliantie.agendas;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.agendas.agenda.AgendaStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The national picture, and an agenda as PDF and as CSV of its steps. */
@AlliantieTest
class NationalAndFilesTest {

	static final int YEAR = LocalDate.now().getYear();

	@Autowired
	MockMvc mvc;

	@Autowired
	AgendaFixtures fixtures;

	@Autowired
	AgendaStore store;

	@Test
	void theNationalPageShowsAReachedStepAndFiltersTheList() throws Exception {
		var made = fixtures.agenda(YEAR);
		store.adopt(made.id());
		store.judge(made.id(), made.step(), Verdict.BEHAALD, "Twaalf huisartsen doen mee", false);
		var agenda = store.find(made.id()).orElseThrow();
		mvc.perform(get("/sociale-agendas"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<svg class=\"agendas-chart\""), containsString("<svg class=\"agendas-map\""),
					containsString("Twaalf huisartsen doen mee"), containsString(HtmlUtils.htmlEscape(agenda.href() + "#stap-" + made.step())))));
		mvc.perform(get("/sociale-agendas").param("provincie", agenda.province()).param("jaar", Integer.toString(YEAR))
				.param("staat", "VASTGESTELD"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + agenda.municipality() + "</a>")));
		mvc.perform(get("/sociale-agendas").param("jaar", "twintig").param("staat", "<b>").param("pagina", "-4"))
			.andExpect(status().isOk());
	}

	@Test
	void anAgendaIsAPdfAndItsStepsACsvThatExcelCannotRunAsFormula() throws Exception {
		var made = fixtures.agenda(YEAR);
		store.addStep(made.id(), new AgendaStore.StepDetails(made.otherParty(), null, "=HYPERLINK(\"http://x\")",
				LocalDate.of(YEAR, 5, 1), "Klaar", null));
		String href = store.find(made.id()).orElseThrow().href();
		byte[] pdf = mvc.perform(get(URI.create(href + ".pdf")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		String csv = mvc.perform(get(URI.create(href + ".csv")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Folder bij de huisartsen").contains("'=HYPERLINK").doesNotContain(";=HYPERLINK");
	}
}
