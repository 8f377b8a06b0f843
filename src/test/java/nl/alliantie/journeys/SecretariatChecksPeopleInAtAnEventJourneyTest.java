package nl.alliantie.journeys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.alliantie.AlliantieTest;
import nl.alliantie.conferences.Occasions;
import nl.alliantie.events.EventFixtures;
import nl.alliantie.events.announcing.EventStore;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static nl.alliantie.journeys.Browser.assertFits;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the day of a one-off event the secretariat, on a 320 px phone at the door, opens the event's
 * registrations, types a name far too long (the sentence stands beside the field, the text stays),
 * finds a person by name, ticks her present, and downloads the list as CSV. Every page passes
 * axe-core and fits the screen.
 */
@AlliantieTest
class SecretariatChecksPeopleInAtAnEventJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	EventStore events;

	@Autowired
	Occasions occasions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void findAPersonTickHerPresentAndDownloadTheList() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String title = "Rondetafelgesprek " + run;
		long id = events.announce(EventFixtures.draft(title, LocalDate.now().plusDays(10), 30, "noord"));
		var occasion = events.find(id).orElseThrow().occasion();
		for (String name : new String[] { "Fatima El Amrani " + run, "Gerrit de Vries " + run }) {
			occasions.registerConfirmed(occasion, new Occasions.Registration(name,
					name.toLowerCase().replace(' ', '.') + "@test.alliantie.local", "Stichting Armoedevrij", "", "nl"));
		}
		// the day has come
		jdbc.sql("update events_event set held_on = current_date, closes_on = current_date where id = :id").param("id", id).update();

		Page page = browser.newPage("http://localhost:" + port, 320);
		page.navigate("/inloggen");
		page.getByLabel("E-mailadres").fill("admin@test.alliantie.local");
		page.getByLabel("Wachtwoord").fill("test-admin-wachtwoord");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		page.navigate("/beheer/bijeenkomsten/" + id);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aanmeldingen en aanwezigheid")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Aanmeldingen");
		assertThat(page.locator("tbody tr")).hasCount(2);
		assertFits(page);
		assertAccessible(page);

		String tooLong = "Fatima ".repeat(20);
		page.getByLabel("Zoek op naam").fill(tooLong);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tonen")).click();
		assertThat(page.locator("#zoek-error")).containsText("Typ hoogstens 100 tekens.");
		assertThat(page.getByLabel("Zoek op naam")).hasValue(tooLong.strip());
		assertFits(page);
		assertAccessible(page);

		page.getByLabel("Zoek op naam").fill("fatima");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tonen")).click();
		assertThat(page.locator("tbody tr")).hasCount(1);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fatima El Amrani " + run + " is er")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Aanwezig gezet.");
		assertThat(page.locator("tbody tr").first()).containsText("Aanwezig");
		assertThat(page.getByLabel("Zoek op naam")).hasValue("fatima");
		assertThat(page.locator("main")).containsText("1 aanwezig");
		assertFits(page);
		assertAccessible(page);

		Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Download als CSV (voor Excel)")).click());
		String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(csv).contains("Fatima El Amrani " + run + ";Stichting Armoedevrij;").contains(";Aangemeld;");
		assertThat(csv).doesNotContain("Gerrit de Vries " + run);
		page.context().close();
	}
}
