package nl.alliantie.conferences;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.consultations.ConsultationFixtures;
import nl.alliantie.consultations.minutes.Minutes;
import nl.alliantie.shared.events.EventsHeard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20, item 10: a decision a regional consultation flagged "voor de Alliantiedagen" becomes a
 * workshop or a block of that year's program with one action on the edition's page, once; the
 * consultations hear it ({@link ProgramInputTaken}) and mark the point done. The source names the
 * region as it is written ("Oost", not the key) and the meeting's date in words.
 */
@AlliantieTest
class ProgramInputFromConsultationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	ConferenceFixtures conferences;

	@Autowired
	ConsultationFixtures consultations;

	@Autowired
	Minutes minutes;

	@Autowired
	EventsHeard heard;

	@Autowired
	JdbcClient jdbc;

	int count(String sql, long edition, String title) {
		return jdbc.sql(sql).param("e", edition).param("t", title).query(Integer.class).single();
	}

	@Test
	void aFlaggedDecisionBecomesAWorkshopOrABlockWithOneActionAndOnce() throws Exception {
		var fixture = conferences.edition(50, 10);
		long consultation = consultations.planned("oost", Duration.ofDays(20));
		jdbc.sql("update consultations_consultation set starts_at = make_timestamptz(:y, 6, 2, 19, 0, 0, 'Europe/Amsterdam'), "
				+ "ends_at = make_timestamptz(:y, 6, 2, 21, 0, 0, 'Europe/Amsterdam') where id = :id")
			.param("y", fixture.year()).param("id", consultation).update();
		String workshopTitle = "Energiearmoede in de wijk " + UUID.randomUUID().toString().substring(0, 6);
		String blockTitle = "Verhaal van een ervaringsdeskundige " + UUID.randomUUID().toString().substring(0, 6);
		long first = minutes.addPoint(consultation, "BESLUIT", workshopTitle, "Regio Oost", null, true);
		long second = minutes.addPoint(consultation, "BESLUIT", blockTitle, "", null, true);
		var secretariat = logins.secretariat();
		String page = "/beheer/alliantiedagen/" + fixture.year();

		mvc.perform(get(page).with(secretariat))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(workshopTitle)))
			.andExpect(content().string(containsString("Regio-overleg Oost, 2 juni " + fixture.year())))
			.andExpect(content().string(containsString("Maak er een werkgroep van")));

		mvc.perform(post(page + "/inbreng").param("sleutel", "regio-overleg-punt-" + first).param("als", "werkgroep")
				.with(secretariat).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "conferences.admin.notice.inputWorkshop"));
		mvc.perform(post(page + "/inbreng").param("sleutel", "regio-overleg-punt-" + first).param("als", "blok")
				.with(secretariat).with(csrf()))
			.andExpect(flash().attribute("notice", "conferences.admin.notice.inputGone"));
		assertThat(count("select count(*) from conferences_workshop where edition_id = :e and title = :t",
				fixture.editionId(), workshopTitle)).isOne();
		assertThat(count("select count(*) from conferences_block where edition_id = :e and title = :t",
				fixture.editionId(), workshopTitle)).as("a second click made nothing else").isZero();
		assertThat(jdbc.sql("select description from conferences_workshop where edition_id = :e and title = :t")
			.param("e", fixture.editionId()).param("t", workshopTitle).query(String.class).single())
			.contains("Regio Oost").contains("Regio-overleg Oost");

		mvc.perform(post(page + "/inbreng").param("sleutel", "regio-overleg-punt-" + second).param("als", "blok")
				.with(secretariat).with(csrf()))
			.andExpect(flash().attribute("notice", "conferences.admin.notice.inputBlock"));
		assertThat(count("select count(*) from conferences_block where edition_id = :e and title = :t and kind = 'contribution'",
				fixture.editionId(), blockTitle)).isOne();

		heard.await();
		assertThat(jdbc.sql("select status from consultations_action_point where id in (:a, :b)")
			.param("a", first).param("b", second).query(String.class).list()).containsOnly("KLAAR");
		mvc.perform(get(page).with(secretariat))
			.andExpect(content().string(containsString("Is een werkgroep geworden")))
			.andExpect(content().string(containsString("Is een programmaonderdeel geworden")))
			.andExpect(content().string(not(containsString("value=\"regio-overleg-punt-" + first + "\""))));
		mvc.perform(get("/beheer/regio-overleggen/alliantiedagen").param("jaar", Integer.toString(fixture.year()))
				.with(secretariat))
			.andExpect(content().string(containsString("<td>Oost</td>")))
			.andExpect(content().string(containsString("2 juni " + fixture.year())));

		for (String[] bad : new String[][] { { "regio-overleg-punt-999999999", "werkgroep" }, { "x".repeat(500), "blok" },
				{ "regio-overleg-punt-" + second, "iets" }, { "", "" } }) {
			mvc.perform(post(page + "/inbreng").param("sleutel", bad[0]).param("als", bad[1]).with(secretariat).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("notice", "conferences.admin.notice.inputGone"));
		}
	}
}
