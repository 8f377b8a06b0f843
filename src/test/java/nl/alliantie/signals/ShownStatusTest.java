package nl.alliantie.signals;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20, item 10: a signal being handled that is on the agenda of a regional consultation shows
 * "Op de agenda" to the public (page, list, CSV) as to the secretariat, not "In behandeling"; the
 * CSV writes statuses as words, not codes.
 */
@AlliantieTest
class ShownStatusTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SignalFixtures signals;

	@Autowired
	TestLogins logins;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSignalOnTheAgendaSaysSoEverywhere() throws Exception {
		String word = SignalFixtures.word();
		long id = signals.published("Op de agenda " + word, "Verhaal " + word, "Zwolle");
		long other = signals.published("Nog in behandeling " + word, "Verhaal " + word, "Zwolle");
		jdbc.sql("update signals_signal set agenda_region = 'oost', agenda_since = now() where id = :id").param("id", id).update();

		mvc.perform(get("/signalen/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd>Op de agenda</dd>")))
			.andExpect(content().string(not(containsString("<dd>In behandeling</dd>"))));
		mvc.perform(get("/signalen/" + other)).andExpect(content().string(containsString("<dd>In behandeling</dd>")));
		mvc.perform(get("/beheer/signalen/" + id).with(logins.secretariat())).andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd>Op de agenda</dd>")));
		mvc.perform(get("/signalen").param("q", word)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Op de agenda")));
		String csv = mvc.perform(get("/signalen.csv").param("q", word)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains(";Op de agenda;").contains(";In behandeling;").doesNotContain("IN_BEHANDELING");
	}
}
