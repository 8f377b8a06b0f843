package nl.alliantie.journeys;

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
import nl.alliantie.signals.SignalFixtures;
import nl.alliantie.signals.Signals;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anonymous visitor on a 360 px wide phone reports a signal without an account and keeps the
 * follow link; the coordinator of the region removes a name from the story, takes it up and puts it
 * on the agenda of the coming regional consultation; the signal shows in the public overview without
 * the name and on the region's agenda list. Every page passes axe-core's WCAG 2.2 AA rules.
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

	@Test
	void visitorReportsCoordinatorAnonymisesAndPutsItOnTheAgenda() {
		String word = SignalFixtures.word();
		String title = "Energiefonds leeg " + word;

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
		coordinator.getByLabel("Toelichting (mag leeg)").fill("Graag bespreken in januari.");
		coordinator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Op de agenda zetten")).click();
		assertThat(coordinator.locator("dl.facts")).containsText("Voor het komende regio-overleg van regio Oost");
		assertAccessible(coordinator);
		coordinator.navigate("/beheer/signalen?toon=agenda");
		assertThat(coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
		assertAccessible(coordinator);
		assertThat(signals.awaitingAgenda("oost")).anyMatch(item -> item.title().equals(title));
		coordinator.context().close();

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
		visitor.navigate(followUrl.replace("?nieuw", ""));
		assertThat(visitor.locator("dl.facts")).containsText("In behandeling");
		assertAccessible(visitor);
		visitor.navigate("/signalen/cijfers");
		assertAccessible(visitor);
		visitor.context().close();
	}
}
