package nl.alliantie.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.consultations.ConsultationFixtures;
import nl.alliantie.signals.SignalFixtures;
import nl.alliantie.signals.Signals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymous visitor on a 360 px wide phone reports a signal without an account and keeps the
 * follow link; the coordinator of the region removes a name from the story, takes it up and puts it
 * on the agenda of the region's coming consultation, chosen from a list; the signal shows in the
 * public overview without the name, on the region's agenda list, and as an agenda item on the
 * consultation's page, for the coordinator and for the public; after the meeting the coordinator
 * records in the minutes what came of it, and the reporter's follow page shows it discussed there.
 * Every page passes axe-core's WCAG 2.2 AA rules.
 */
@AlliantieTest
class VisitorReportsASignalAndTheCoordinatorPutsItOnTheAgendaJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestLogins logins;

	@Autowired
	Signals signals;

	@Autowired
	ConsultationFixtures consultations;

	@Autowired
	nl.alliantie.shared.events.EventsHeard heard;

	@Test
	void visitorReportsCoordinatorAnonymisesAndPutsItOnTheAgenda() {
		String word = SignalFixtures.word();
		String title = "Energiefonds leeg " + word;
		long meeting = consultations.planned("oost", java.time.Duration.ofDays(20));

		Page phone = browser.newPage("http://localhost:" + port, 360);
		phone.navigate("/signalen");
		assertAccessible(phone);
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signaal melden")).first().click();
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Signaal melden");
		assertAccessible(phone);
		phone.getByLabel("Titel").fill(title);
		phone.getByLabel("Wat hebt u gezien?").fill("Mevrouw De Boer uit de Kerkstraat zit in de kou. Het energiefonds in Zwolle was na twee maanden leeg.");
		phone.getByLabel("Wonen en energie").check();
		phone.getByLabel("Gemeente (mag leeg)").fill("Zwolle");
		phone.getByLabel("Anoniem").check();
		phone.getByLabel("Mijn signaal mag zonder namen op de website komen.").check();
		phone.waitForTimeout(3500); // a person needs a few seconds; the form refuses faster
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signaal versturen")).click();
		assertThat(phone.getByRole(AriaRole.STATUS)).containsText("Bewaar deze link");
		String followUrl = phone.url();
		assertAccessible(phone);
		phone.context().close();

		Page coordinator = browser.newPage("http://localhost:" + port);
		String email = logins.account(new Grant(Role.REGIOCOORDINATOR, "oost"));
		coordinator.navigate("/inloggen");
		coordinator.getByLabel("E-mailadres").fill(email);
		coordinator.getByLabel("Wachtwoord").fill(TestLogins.PASSWORD);
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		coordinator.navigate("/beheer/signalen?toon=nieuw");
		assertAccessible(coordinator);
		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertAccessible(coordinator);
		coordinator.getByLabel("Wat hebt u gezien?").fill("Een oudere inwoner zit in de kou. Het energiefonds in Zwolle was na twee maanden leeg.");
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("Opgeslagen");
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("In behandeling nemen (en publiceren als er toestemming is)")).click();
		coordinator.getByLabel("Regio-overleg", new Page.GetByLabelOptions().setExact(true))
			.selectOption(String.valueOf(meeting));
		coordinator.getByLabel("Toelichting (mag leeg)").fill("Graag bespreken in januari.");
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Op de agenda zetten")).click();
		assertThat(coordinator.locator("dl.facts")).containsText("Regio-overleg van regio Oost op");
		assertAccessible(coordinator);
		coordinator.locator("dl.facts").getByRole(AriaRole.LINK).click();
		assertThat(coordinator).hasURL(java.util.regex.Pattern.compile("/regio-overleggen/" + meeting + "$"));
		coordinator.navigate("/beheer/regio-overleggen/" + meeting);
		assertThat(coordinator.locator("ol.agenda").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)))
			.isVisible();
		assertAccessible(coordinator);
		coordinator.navigate("/beheer/signalen?toon=agenda");
		assertThat(coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
		assertAccessible(coordinator);
		assertThat(signals.awaitingAgenda("oost")).anyMatch(item -> item.title().equals(title));

		Page visitor = browser.newPage("http://localhost:" + port, 360);
		visitor.navigate("/signalen");
		visitor.getByLabel("Zoeken op woorden").fill(word);
		visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
		assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
		assertAccessible(visitor);
		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(visitor.locator("main")).containsText("Een oudere inwoner zit in de kou.");
		assertThat(visitor.locator("main")).not().containsText("De Boer");
		assertThat(visitor.locator("main")).containsText("Op de agenda van het regio-overleg gezet");
		assertAccessible(visitor);
		visitor.navigate("/regio-overleggen/" + meeting);
		assertThat(visitor.locator("ol.agenda").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)))
			.isVisible();
		assertThat(visitor.locator("main")).not().containsText("De Boer");
		assertAccessible(visitor);
		visitor.locator("ol.agenda").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
		assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
		visitor.navigate(followUrl.replace("?nieuw", ""));
		assertThat(visitor.locator("dl.facts")).containsText("Op de agenda");
		assertAccessible(visitor);
		visitor.navigate("/signalen/cijfers");
		assertAccessible(visitor);

		// after the meeting the coordinator records in the minutes what came of it
		consultations.startsIn(meeting, java.time.Duration.ofHours(-2));
		coordinator.navigate("/beheer/regio-overleggen/" + meeting + "/verslag");
		assertAccessible(coordinator);
		coordinator.getByLabel("Wat is er besproken en afgesproken? (" + title + ")")
			.fill("Afgesproken: het energiefonds aankaarten bij de wethouder.");
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vastleggen als besproken (" + title + ")"))
			.click();
		assertThat(coordinator.getByRole(AriaRole.STATUS)).containsText("Vastgelegd");
		// the signals module records the outcome when it hears the event, just after the commit
		heard.await();
		coordinator.reload();
		assertThat(coordinator.locator("main")).containsText("Afgesproken: het energiefonds aankaarten bij de wethouder.");
		assertAccessible(coordinator);
		coordinator.context().close();

		visitor.navigate(followUrl.replace("?nieuw", ""));
		assertThat(visitor.locator("dl.facts")).containsText("Besproken in regio-overleg");
		assertThat(visitor.locator("main")).containsText("Afgesproken: het energiefonds aankaarten bij de wethouder.");
		// on the agenda of, then discussed in, that consultation: both steps link to it
		assertThat(visitor.locator("ol.signals-trail").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("regio-overleg van"))).hasCount(2);
		assertThat(visitor.locator("ol.signals-trail").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("regio-overleg van")).last())
			.hasAttribute("href", "/regio-overleggen/" + meeting);
		assertAccessible(visitor);
		visitor.context().close();
	}
}
