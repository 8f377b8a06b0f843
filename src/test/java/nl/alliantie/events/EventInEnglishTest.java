package nl.alliantie.events;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An event's title and program in English (optional) on the English pages; the Dutch text, marked
 * as Dutch, where the secretariat gave none; the Dutch pages unchanged (issue 17).
 */
@AlliantieTest
class EventInEnglishTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	EventFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theEnglishPagesShowTheEnglishTitleAndProgramOrTheDutchOneMarkedAsDutch() throws Exception {
		LocalDate date = LocalDate.now().plusDays(33);
		String run = UUID.randomUUID().toString().substring(0, 6);
		String title = "Rondetafelgesprek armoede " + run;
		String english = "Round table on poverty " + run;
		mvc.perform(post("/beheer/bijeenkomsten").with(logins.secretariat()).with(csrf())
				.param("soort", "round_table").param("titel", title).param("datum", date.toString())
				.param("begintijd", "13:00").param("eindtijd", "16:00").param("locatie", "Buurthuis")
				.param("adres", "Dorpsstraat 1").param("plaats", "Zwolle").param("regio", "")
				.param("programma", "- Welkom\n- Gesprek").param("capaciteit", "20")
				.param("sluitdatum", date.minusDays(1).toString())
				.param("titelEngels", english).param("programmaEngels", "- Welcome\n- Conversation"))
			.andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from events_event where title = :t").param("t", title).query(Long.class).single();
		// what was typed comes back in the form
		Document form = page("/beheer/bijeenkomsten/" + id, "nl", true);
		assertThat(form.select("#titelEngels").val()).isEqualTo(english);
		assertThat(form.select("#programmaEngels").text()).contains("Welcome");

		Document en = page("/bijeenkomsten/" + id, "en", false);
		assertThat(en.select("h1").text()).isEqualTo(english);
		assertThat(en.select("h1").attr("lang")).isEmpty();
		assertThat(en.select(".event-program li").eachText()).containsExactly("Welcome", "Conversation");
		Document nl = page("/bijeenkomsten/" + id, "nl", false);
		assertThat(nl.select("h1").text()).isEqualTo(title);
		assertThat(nl.select(".event-program li").eachText()).containsExactly("Welkom", "Gesprek");
		assertThat(page("/bijeenkomsten", "en", false).select("a[href=/bijeenkomsten/" + id + "]").text()).isEqualTo(english);

		// too long: refused beside its field, the rest kept
		String refused = mvc.perform(post("/beheer/bijeenkomsten/" + id).with(logins.secretariat()).with(csrf())
				.param("soort", "round_table").param("titel", title).param("datum", date.toString())
				.param("begintijd", "13:00").param("eindtijd", "16:00").param("locatie", "Buurthuis")
				.param("adres", "Dorpsstraat 1").param("plaats", "Zwolle").param("regio", "")
				.param("programma", "- Welkom").param("capaciteit", "20").param("sluitdatum", date.minusDays(1).toString())
				.param("titelEngels", "x".repeat(201)).param("programmaEngels", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(refused).select("#titelEngels-error").text()).isNotEmpty();
		assertThat(Jsoup.parse(refused).select("#titelEngels").val()).hasSize(201);

		// an event in Dutch only: the Dutch title on the English page, marked as Dutch
		long dutch = fixtures.symposium(date, 10);
		Document only = page("/bijeenkomsten/" + dutch, "en", false);
		assertThat(only.select("h1").text()).startsWith("Symposium ");
		assertThat(only.select("h1").attr("lang")).isEqualTo("nl");
		assertThat(only.select(".event-program").attr("lang")).isEqualTo("nl");
	}

	private Document page(String path, String language, boolean secretariat) throws Exception {
		var request = get(path).cookie(new Cookie("alliantie-taal", language));
		if (secretariat) {
			request = request.with(logins.secretariat());
		}
		return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}
}
