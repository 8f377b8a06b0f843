package nl.alliantie.journeys;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;
import nl.alliantie.conferences.ConferenceFixtures;
import nl.alliantie.mail.catcher.MailCatcher;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A visitor registers for a workshop on the last free place of a day and confirms through the link
 * in her mail; another lands on the waiting list and confirms too; the first cancels through the
 * link in her mail; the second gets the place and a mail.
 * Every page passes axe-core's WCAG 2.2 AA rules.
 */
@AlliantieTest
class VisitorGetsAPlaceFromTheWaitingListJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	MailCatcher mails;

	@Test
	void registerWaitCancelPromote() {
		var fixture = fixtures.edition(LocalDate.now().plusDays(20), 1, 5, null);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String anna = "anna-" + run + "@test.alliantie.local";
		String bert = "bert-" + run + "@test.alliantie.local";

		Page first = browser.newPage("http://localhost:" + port);
		first.navigate(fixture.editionPath());
		assertAccessible(first);
		register(first, "Anna de Wit", anna);
		assertThat(first.getByRole(AriaRole.STATUS)).containsText("Wij hebben een e-mail gestuurd naar " + anna);
		assertAccessible(first);
		// the place is hers once she confirms through the link in her mail (docs/adr/0027)
		await().atMost(Duration.ofSeconds(10)).until(() -> mails.to(anna).size() == 1);
		first.navigate(pathOfLink(mails.to(anna).get(0).text()));
		assertThat(first.locator("main")).containsText("Wij houden uw plaats vast tot");
		assertAccessible(first);
		first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelding bevestigen")).click();
		assertThat(first.getByRole(AriaRole.STATUS)).containsText("Uw aanmelding is bevestigd. U hebt een plaats.");
		assertThat(first.locator("main")).containsText("Armoedebestrijding in de praktijk");
		assertAccessible(first);

		Page second = browser.newPage("http://localhost:" + port, 380);
		second.navigate(fixture.dayPath());
		assertAccessible(second);
		second.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meld u aan")).first().click();
		register(second, "Bert Kramer", bert);
		assertThat(second.locator("main")).containsText("De dag is vol.");
		assertAccessible(second);
		await().atMost(Duration.ofSeconds(10)).until(() -> mails.to(bert).size() == 1);
		second.navigate(pathOfLink(mails.to(bert).get(0).text()));
		second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelding bevestigen")).click();
		assertThat(second.getByRole(AriaRole.STATUS)).containsText("De dag is vol: u staat op de wachtlijst.");
		assertThat(second.locator("main")).containsText("Op de wachtlijst");
		assertAccessible(second);

		await().atMost(Duration.ofSeconds(10)).until(() -> mails.to(anna).size() == 2);
		first.navigate(pathOfLink(mails.to(anna).get(1).text()));
		assertAccessible(first);
		first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik zeg af")).click();
		assertThat(first.getByRole(AriaRole.STATUS)).containsText("U hebt afgezegd");
		assertAccessible(first);

		await().atMost(Duration.ofSeconds(10)).until(() -> mails.to(bert).size() == 3);
		var promoted = mails.to(bert).get(2);
		assertThat(promoted.subject()).isEqualTo("Er is een plaats voor u: Alliantiedag " + fixture.year() + " in Zutphen");
		assertThat(promoted.text()).contains("Werkgroep: Armoedebestrijding in de praktijk.");
		second.navigate(pathOfLink(promoted.text()));
		assertThat(second.locator("main")).containsText("Aangemeld");
		assertThat(second.locator("main")).containsText("Armoedebestrijding in de praktijk");
		assertAccessible(second);
		first.context().close();
		second.context().close();
	}

	private static void register(Page page, String name, String email) {
		page.getByLabel(Pattern.compile("Zutphen")).check();
		page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("E-mailadres").fill(email);
		page.getByLabel("Eerste keuze werkgroep").selectOption(new SelectOption().setLabel("1. Armoedebestrijding in de praktijk"));
		page.locator("#toestemming").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
	}

	private static String pathOfLink(String mail) {
		String line = mail.lines().filter(l -> l.contains("/alliantiedagen/aanmelding/")).findFirst().orElseThrow().trim();
		return line.substring(line.indexOf("/alliantiedagen/"));
	}
}
