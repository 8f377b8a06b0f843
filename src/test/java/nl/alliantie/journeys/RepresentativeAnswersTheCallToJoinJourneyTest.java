package nl.alliantie.journeys;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.network.NetworkFixtures;
import nl.alliantie.network.OrganisationId;
import nl.alliantie.network.calls.Calls;
import nl.alliantie.network.organisations.DirectoryFilter;
import nl.alliantie.network.organisations.OrganisationStatus;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A representative gets the call to join by mail, opens the personal link without an account,
 * says yes and names two representatives; the secretariat logs in and sees the reply in the
 * overview, counted in the right region. Every page passes axe-core's WCAG 2.2 AA rules.
 */
@AlliantieTest
class RepresentativeAnswersTheCallToJoinJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	NetworkFixtures fixtures;

	@Autowired
	Calls calls;

	@Autowired
	MailCatcher mails;

	@Test
	void representativeAnswersFromTheMailedLinkAndTheSecretariatSeesTheReply() {
		String type = fixtures.uniqueType();
		String address = NetworkFixtures.unique("voedselbank") + "@test.alliantie.local";
		OrganisationId organisation = fixtures.organisation("Leeuwarden", type, address, OrganisationStatus.UITGENODIGD);
		long callId = calls.create("Doe mee met het regio-overleg", "Wij nodigen u uit voor het overleg in uw regio.",
				LocalDate.now().plusDays(14), new DirectoryFilter(null, null, null, type, null, null), true, List.of(),
				"test");
		calls.send(callId);
		Matcher link = Pattern.compile("http://localhost(/oproep/[A-Za-z0-9_-]{43})").matcher(nl.alliantie.mail.Mailboxes.waitFor(mails, address, 1).get(0).text());
		assertThat(link.find()).isTrue();

		Page page = browser.newPage("http://localhost:" + port);
		page.navigate(link.group(1));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Doe mee met het regio-overleg");
		assertAccessible(page);

		page.getByLabel("Ja, wij doen mee").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord versturen")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vul de naam van de eerste persoon in.");
		assertAccessible(page);

		page.getByLabel("Naam eerste persoon").fill("Hanneke Postma");
		page.getByLabel("E-mailadres eerste persoon").fill(NetworkFixtures.unique("hanneke") + "@test.alliantie.local");
		page.getByLabel("Naam tweede persoon (mag leeg)").fill("Yusuf Kaya");
		page.getByLabel("E-mailadres tweede persoon (mag leeg)").fill(NetworkFixtures.unique("yusuf") + "@test.alliantie.local");
		page.getByLabel("Opmerkingen").fill("Wij komen graag naar Assen.");
		page.getByLabel("Deze personen vinden het goed").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Antwoord versturen")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw antwoord is opgeslagen");
		assertThat(page.getByLabel("Naam tweede persoon (mag leeg)")).hasValue("Yusuf Kaya");
		assertAccessible(page);
		page.context().close();

		Page secretariat = browser.newPage("http://localhost:" + port);
		secretariat.navigate("/inloggen");
		secretariat.getByLabel("E-mailadres").fill("admin@test.alliantie.local");
		secretariat.getByLabel("Wachtwoord").fill("test-admin-wachtwoord");
		secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		secretariat.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Oproepen tot meedoen")).click();
		assertAccessible(secretariat);
		secretariat.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Doe mee met het regio-overleg")).first().click();
		assertThat(secretariat.locator("table.counts tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Noord")))
			.containsText("1");
		assertThat(secretariat.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Hanneke Postma")))
			.containsText("Yusuf Kaya");
		assertAccessible(secretariat);

		secretariat.navigate("/organisaties/" + organisation.value());
		assertThat(secretariat.getByText("Aangesloten").first()).isVisible();
		assertThat(secretariat.getByText("Hanneke Postma")).isVisible();
		assertAccessible(secretariat);
		secretariat.context().close();
	}
}
