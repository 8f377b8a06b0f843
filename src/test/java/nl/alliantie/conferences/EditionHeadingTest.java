package nl.alliantie.conferences;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.conferences.editions.Editions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20, item 10: an edition whose title is its heading ("Alliantiedagen 2025: Groeien in
 * kracht", as in the demo) shows it once; a title that says more is shown below the heading.
 */
@AlliantieTest
class EditionHeadingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceFixtures conferences;

	@Autowired
	Editions editions;

	int times(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	@Test
	void theTitleShowsOnceWhenTheHeadingSaysItAlready() throws Exception {
		var fixture = conferences.edition(50, 10);
		String theme = "Groeien in kracht " + fixture.year();
		String heading = "Alliantiedagen " + fixture.year() + ": " + theme;
		editions.updateEdition(fixture.editionId(), fixture.year(), theme, heading, "");
		String page = mvc.perform(get("/alliantiedagen/" + fixture.year())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(times(page, heading)).as("in <title> and <h1> only").isEqualTo(2);
		assertThat(page).doesNotContain("<p class=\"lead\">" + heading);

		editions.updateEdition(fixture.editionId(), fixture.year(), theme, "Drie dagen over bestaanszekerheid", "");
		// the one-second page cache is emptied by the change; wait on the page, not on time
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
			assertThat(mvc.perform(get("/alliantiedagen/" + fixture.year())).andReturn().getResponse().getContentAsString())
				.contains("<p class=\"lead\">Drie dagen over bestaanszekerheid</p>"));
	}
}
