package nl.alliantie.journeys;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.consultations.ConsultationFixtures;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.network.NetworkFixtures;
import nl.alliantie.network.organisations.OrganisationStatus;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator of region noord plans a consultation and invites the region; a representative
 * answers from the link in the mail (read from the SMTP server) without an account; after the
 * meeting the coordinator records attendance, the minutes and an action point. Every page passes
 * axe-core's WCAG 2.2 AA rules.
 */
@AlliantieTest
class CoordinatorPlansInvitesAndRecordsMinutesJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestLogins logins;

	@Autowired
	NetworkFixtures network;

	@Autowired
	ConsultationFixtures fixtures;

	@Autowired
	MailCatcher mails;

	@Test
	void coordinatorPlansAndInvitesRepresentativeRepliesCoordinatorRecordsMinutes() {
		String address = ConsultationFixtures.unique("voedselbank");
		network.organisation("Leeuwarden", "anti-armoedegroep", address, OrganisationStatus.AANGESLOTEN);
		String coordinator = logins.account(new nl.alliantie.accounts.Grant(nl.alliantie.accounts.Role.REGIOCOORDINATOR, "noord"));
		String venue = "Buurthuis " + NetworkFixtures.unique("De Kloosterhof");

		Page page = browser.newPage("http://localhost:" + port);
		page.navigate("/inloggen");
		page.getByLabel("E-mailadres").fill(coordinator);
		page.getByLabel("Wachtwoord").fill(TestLogins.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		page.navigate("/beheer/regio-overleggen");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuw overleg plannen")).click();
		page.getByLabel("Datum").fill(LocalDate.now().plusDays(21).toString());
		page.getByLabel("Begintijd").fill("09:30");
		page.getByLabel("Eindtijd").fill("12:00");
		page.getByLabel("Plaats").fill(venue);
		page.getByLabel("Adres").fill("Kloosterstraat 12, Assen");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overleg plannen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het overleg is gepland");
		assertThat(page.locator("ol.agenda")).containsText("Landelijke plannen bespreken en toetsen");
		assertAccessible(page);
		String adminUrl = page.url();
		long id = Long.parseLong(adminUrl.replaceAll(".*/regio-overleggen/(\\d+).*", "$1"));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uitnodigingen en aanmeldingen")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nodig alle organisaties van de regio uit")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("uitnodigingen verstuurd");
		assertAccessible(page);

		Matcher link = Pattern.compile("http://localhost(/uitnodiging/[A-Za-z0-9_-]{43})")
			.matcher(Mailboxes.waitFor(mails, address, 1).get(0).text());
		assertThat(link.find()).isTrue();
		Page representative = browser.newPage("http://localhost:" + port);
		representative.navigate(link.group(1));
		assertThat(representative.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Regio-overleg Noord");
		assertAccessible(representative);
		representative.getByLabel("Ja, wij komen").check();
		representative.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord versturen")).click();
		assertThat(representative.getByRole(AriaRole.ALERT)).containsText("Vul de naam van de eerste persoon in.");
		assertAccessible(representative);
		representative.getByLabel("Naam eerste persoon").fill("Hanneke Postma");
		representative.getByLabel("E-mailadres eerste persoon").fill(ConsultationFixtures.unique("hanneke"));
		representative.getByLabel("Opmerkingen").fill("Ik kom met de rolstoel.");
		representative.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord versturen")).click();
		assertThat(representative.getByRole(AriaRole.STATUS)).containsText("Uw antwoord is opgeslagen");
		assertAccessible(representative);
		representative.context().close();

		// the meeting took place
		fixtures.startsIn(id, Duration.ofHours(-3));
		page.navigate("/beheer/regio-overleggen/" + id + "/uitnodigingen?antwoord=JA");
		assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Hanneke Postma")))
			.containsText("Ik kom met de rolstoel.");
		page.navigate("/beheer/regio-overleggen/" + id + "/verslag");
		assertAccessible(page);
		page.getByLabel("Hanneke Postma").check();
		page.getByLabel("Verslag", new Page.GetByLabelOptions().setExact(true)).fill("We bespraken de wachtlijsten bij de schuldhulp.");
		page.getByLabel("Openbare samenvatting").fill("De wachtlijsten bij de schuldhulp worden langer.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verslag opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het verslag is opgeslagen");
		page.getByLabel("Wat").fill("Ervaringen met wachtlijsten verzamelen");
		page.getByLabel("Wie").fill("Hanneke Postma");
		page.getByLabel("Klaar op").fill(LocalDate.now().plusMonths(2).toString());
		page.getByLabel("Voor de Alliantiedagen").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Punt toevoegen")).click();
		assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Ervaringen met wachtlijsten verzamelen")))
			.containsText("Open");
		assertAccessible(page);
		page.context().close();
	}
}
