package nl.alliantie.journeys;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;
import nl.alliantie.network.NetworkFixtures;
import nl.alliantie.network.OrganisationId;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;

/**
 * A visitor finds an organisation in the directory and its municipality; the secretariat adds an
 * organisation (first with a mistake), names a representative, checks an import file with a bad
 * row, and opens the person's page. Every page passes axe-core's WCAG 2.2 AA rules.
 */
@AlliantieTest
class SecretariatKeepsTheRegisterJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	NetworkFixtures fixtures;

	@Test
	void visitorFindsAnOrganisationAndTheSecretariatKeepsTheRegister() throws Exception {
		OrganisationId existing = fixtures.organisation("Assen");
		Page page = browser.newPage("http://localhost:" + port);
		page.navigate("/organisaties?regio=noord");
		assertAccessible(page);
		page.navigate("/organisaties/" + existing.value());
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assen")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Gemeente Assen");
		assertAccessible(page);
		page.navigate("/regio/noord");
		assertAccessible(page);
		page.navigate("/gemeenten");
		assertAccessible(page);
		page.navigate("/mijn-gegevens");
		assertAccessible(page);

		page.navigate("/inloggen");
		page.getByLabel("E-mailadres").fill("admin@test.alliantie.local");
		page.getByLabel("Wachtwoord").fill("test-admin-wachtwoord");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		page.navigate("/beheer/organisaties/nieuw");
		assertAccessible(page);
		String name = NetworkFixtures.unique("Voedselbank Journey");
		page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("Soort organisatie").selectOption("voedselbank");
		page.getByLabel("Gemeente").fill("Atlantis");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Deze gemeente kennen wij niet");
		assertAccessible(page);
		page.getByLabel("Gemeente").fill("Meppel");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("opgeslagen");
		assertAccessible(page);

		page.getByLabel("Naam van de persoon").fill("Greet Hoekstra");
		page.getByLabel("E-mailadres", new Page.GetByLabelOptions().setExact(true)).last().fill(NetworkFixtures.unique("greet") + "@test.alliantie.local");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vertegenwoordiger toevoegen")).click();
		assertThat(page.getByText("Greet Hoekstra")).isVisible();

		page.navigate("/beheer/personen?zoek=Greet+Hoekstra");
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Greet Hoekstra")).first().click();
		assertThat(page.getByText("Mail over het netwerk").or(page.getByText("Geen toestemming gegeven."))).isVisible();
		assertAccessible(page);

		page.navigate("/beheer/import");
		assertAccessible(page);
		Path file = Files.createTempFile("import", ".csv");
		Files.writeString(file, "naam;soort;gemeente\n" + NetworkFixtures.unique("Goed") + ";vakbond;Assen\nFout;onbekend;Nergens\n");
		page.getByLabel("Organisaties").check();
		page.getByLabel("Bestand", new Page.GetByLabelOptions().setExact(true)).setInputFiles(file);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestand controleren")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Regel 3");
		assertAccessible(page);

		page.navigate("/beheer/regios");
		assertAccessible(page);
		page.navigate("/beheer/oproepen/nieuw");
		assertAccessible(page);
		page.navigate("/beheer/logboek");
		assertAccessible(page);
		page.context().close();
	}
}
