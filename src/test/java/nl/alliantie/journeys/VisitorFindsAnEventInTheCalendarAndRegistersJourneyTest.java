package nl.alliantie.journeys;

import java.io.StringReader;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;
import nl.alliantie.events.EventFixtures;
import nl.alliantie.events.announcing.EventStore;
import nl.alliantie.mail.catcher.MailCatcher;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static nl.alliantie.journeys.Browser.assertFits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A visitor on a 360 px phone finds a regional working meeting in the calendar of her region,
 * opens its page, registers without an account, confirms through the link in her mail, and gets
 * the calendar file: attached to the confirmation and as a download from the page, the same event
 * (ical4j). Every page fits the screen and passes axe-core's WCAG 2.2 AA rules.
 */
@AlliantieTest
class VisitorFindsAnEventInTheCalendarAndRegistersJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	EventStore events;

	@Autowired
	MailCatcher mails;

	@Test
	void findRegisterConfirmAndGetTheCalendarFile() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String title = "Werkbijeenkomst lokale agenda " + run;
		LocalDate date = LocalDate.now().plusDays(12);
		long id = events.announce(EventFixtures.draft(title, date, 25, "noord"));
		String sanne = "sanne-" + run + "@test.alliantie.local";

		Page page = browser.newPage("http://localhost:" + port, 360);
		page.navigate("/agenda?regio=noord");
		assertFits(page);
		assertAccessible(page);
		// other tests' dates in the region may come first: she pages on until she sees it
		var link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title));
		for (int pages = 0; link.count() == 0 && pages < 20; pages++) {
			page.locator("a[rel=next]").first().click();
			page.waitForLoadState();
		}
		assertThat(link).hasCount(1);
		link.click();
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator("main")).containsText("Nog 25 plaatsen vrij");
		assertFits(page);
		assertAccessible(page);

		page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("Sanne Smit");
		page.getByLabel("E-mailadres", new Page.GetByLabelOptions().setExact(true)).fill(sanne);
		page.locator("#toestemming").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Wij hebben een e-mail gestuurd naar " + sanne);
		assertFits(page);
		assertAccessible(page);

		await().atMost(Duration.ofSeconds(10)).until(() -> mails.to(sanne).size() == 1);
		page.navigate(pathOfLink(mails.to(sanne).get(0).text()));
		assertThat(page.locator("main")).containsText(title);
		assertFits(page);
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelding bevestigen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw aanmelding is bevestigd. U hebt een plaats.");
		assertFits(page);
		assertAccessible(page);

		await().atMost(Duration.ofSeconds(10)).until(() -> mails.to(sanne).size() == 2);
		var confirmation = mails.to(sanne).get(1);
		assertThat(confirmation.subject()).isEqualTo("U bent aangemeld voor " + title);
		VEvent attached = event(confirmation.file("bijeenkomsten-" + id + ".ics").orElseThrow().text());

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de pagina van deze bijeenkomst")).click();
		Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Zet in uw agenda (.ics)")).click());
		VEvent downloaded = event(Files.readString(download.path()));
		assertThat(downloaded.getUid().orElseThrow().getValue()).isEqualTo("bijeenkomst-" + id + "@alliantie")
			.isEqualTo(attached.getUid().orElseThrow().getValue());
		assertThat(downloaded.getSummary().getValue()).isEqualTo(title);
		assertThat(downloaded.getLocation().getValue()).isEqualTo("Jaarbeurs, Jaarbeursplein 6, Utrecht");
		assertThat(page.locator("main")).containsText("Nog 24 plaatsen vrij");
		page.context().close();
	}

	private static String pathOfLink(String mail) {
		String line = mail.lines().filter(l -> l.contains("/aanmelding/")).findFirst().orElseThrow().trim();
		return line.substring(line.indexOf("/aanmelding/"));
	}

	private static VEvent event(String ics) throws Exception {
		return (VEvent) new CalendarBuilder().build(new StringReader(ics)).getComponent("VEVENT").orElseThrow();
	}
}
