package nl.alliantie.journeys;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;
import nl.alliantie.conferences.ConferenceFixtures;
import nl.alliantie.conferences.registrations.Registrations;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.network.NetworkFixtures;
import nl.alliantie.network.organisations.OrganisationStatus;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor types the start of their organisation and picks it from the suggestions; the
 * secretariat tries to give the day fewer places than people registered (refused, next to the
 * field), moves it to another venue (the registrants get the new calendar file), and opens the
 * pages to change the edition and a workshop. Every page passes axe-core's WCAG 2.2 AA rules.
 */
@AlliantieTest
class SecretariatChangesAnAlliantiedagJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	NetworkFixtures network;

	@Autowired
	Registrations registrations;

	@Autowired
	MailCatcher mails;

	@Test
	void suggestionsAndChangesOfADay() {
		var fixture = fixtures.edition(LocalDate.now().plusDays(25), 10, 5, null);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String organisation = "Armoedeplatform Journey " + run;
		network.organisation(organisation, "Zutphen", OrganisationStatus.AANGESLOTEN);

		Page visitor = browser.newPage("http://localhost:" + port, 380);
		visitor.navigate(fixture.editionPath());
		visitor.getByLabel("Organisatie").fill("armoedeplatform journey " + run.substring(0, 4));
		assertThat(visitor.locator("#organisaties option")).hasCount(1);
		assertThat(visitor.locator("#organisaties option")).hasAttribute("value", organisation);
		assertAccessible(visitor);
		visitor.context().close();

		String anna = "anna-" + run + "@test.alliantie.local";
		registrations.register(new Registrations.Request(fixture.dayId(), "Anna de Wit", anna, organisation, null, null, "", ""));
		registrations.register(new Registrations.Request(fixture.dayId(), "Bert Kramer", "bert-" + run + "@test.alliantie.local",
				"", null, null, "", ""));

		Page page = browser.newPage("http://localhost:" + port);
		page.navigate("/inloggen");
		page.getByLabel("E-mailadres").fill("admin@test.alliantie.local");
		page.getByLabel("Wachtwoord").fill("test-admin-wachtwoord");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		page.navigate("/beheer/alliantiedagen/dagen/" + fixture.dayId());
		assertThat(page.locator("main")).containsText(organisation);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dag wijzigen, afzeggen of verwijderen")).click();
		assertAccessible(page);

		page.getByLabel("Aantal plaatsen").fill("1");
		page.getByLabel("Locatie").fill("Het Gildehuis");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dag opslaan")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Er zijn al 2 mensen aangemeld. Kies 2 plaatsen of meer.");
		assertThat(page.getByLabel("Locatie")).hasValue("Het Gildehuis");
		assertAccessible(page);

		page.getByLabel("Aantal plaatsen").fill("12");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dag opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 mensen kregen een e-mail met de nieuwe gegevens");
		var changed = ConferenceFixtures.mailAbout(mails, anna, "Gewijzigd");
		assertThat(changed.files()).hasSize(1);
		assertThat(changed.files().get(0).text()).contains("SEQUENCE:1").contains("Het Gildehuis");

		page.navigate("/beheer/alliantiedagen/" + fixture.year());
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Editie wijzigen of verwijderen")).click();
		assertAccessible(page);
		page.navigate("/beheer/alliantiedagen/" + fixture.year());
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Werkgroep Sociale coöperaties wijzigen of verwijderen")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Werkgroep verwijderen")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Zet een vinkje als u dit echt wilt.");
		assertAccessible(page);
		page.context().close();
	}
}
