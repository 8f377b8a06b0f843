package nl.alliantie.journeys;

import java.io.StringReader;
import java.time.Duration;
import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.consultations.ConsultationFixtures;
import nl.alliantie.consultations.planning.ConsultationStore;

import static nl.alliantie.journeys.Browser.assertAccessible;
import static nl.alliantie.journeys.Browser.assertFits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A visitor on a 360 px phone opens the calendar, narrows it to their region, takes the region's
 * iCal feed (200, text/calendar, the region's consultation in it), looks at the month, and reads a
 * news item from the home page; every page fits and passes axe. An unknown region is the 404 page.
 */
@AlliantieTest
class VisitorFollowsTheCalendarOfTheirRegionAndReadsTheNewsJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ConsultationFixtures consultations;

	@Autowired
	ConsultationStore store;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Test
	void aVisitorFollowsTheCalendarOfTheirRegionAndReadsTheNews() throws Exception {
		long id = consultations.planned("oost", Duration.ofDays(9));
		String venue = store.find(id).orElseThrow().venue();
		String elsewhere = store.find(consultations.planned("west", Duration.ofDays(9))).orElseThrow().venue();
		String headline = "Nieuwe folder over de energietoeslag " + UUID.randomUUID().toString().substring(0, 6);
		long news = news(headline);

		Page page = browser.newPage("http://localhost:" + port, 360);
		page.navigate("/");
		page.locator("nav a[href='/agenda']").first().click();
		assertThat(page.url()).endsWith("/agenda");
		assertFits(page);
		assertAccessible(page);
		assertThat(page.content()).contains(venue).contains(elsewhere);

		page.selectOption("#regio", "oost");
		page.locator("form.filters button[type=submit]").click();
		assertThat(page.url()).contains("regio=oost");
		assertThat(page.content()).contains(venue).doesNotContain(elsewhere);
		assertFits(page);
		assertAccessible(page);

		String feed = page.locator("a[href='/agenda/oost.ics']").getAttribute("href");
		APIResponse ics = page.request().get("http://localhost:" + port + feed);
		assertThat(ics.status()).isEqualTo(200);
		assertThat(ics.headers().get("content-type")).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics.text()));
		assertThat(calendar.getComponents("VEVENT").stream()
			.map(event -> ((net.fortuna.ical4j.model.component.VEvent) event).getUid().orElseThrow().getValue()))
			.anyMatch(uid -> uid.startsWith("regio-overleg-" + id + "@"));

		page.locator("a", new Page.LocatorOptions().setHasText("Bekijk per maand")).click();
		assertThat(page.url()).contains("maand=").contains("regio=oost");
		assertFits(page);
		assertAccessible(page);

		page.navigate("/");
		page.locator("a[href='/nieuws/" + news + "']").first().click();
		assertThat(page.locator("h1").textContent()).contains(headline);
		assertFits(page);
		assertAccessible(page);

		Response missing = page.navigate("/agenda?regio=nergens");
		assertThat(missing.status()).isEqualTo(404);
		assertFits(page);
		assertAccessible(page);
		page.context().close();
	}

	private long news(String title) throws Exception {
		MvcResult result = mvc.perform(multipart("/beheer/nieuws").with(logins.secretariat()).with(csrf())
				.param("titel", title).param("inleiding", "Waar u de folder vindt.")
				.param("tekst", "De folder ligt bij elke **voedselbank**.").param("beeldtekst", ""))
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		mvc.perform(post("/beheer/nieuws/" + id + "/publiceren").with(logins.secretariat()).with(csrf()));
		return id;
	}
}
