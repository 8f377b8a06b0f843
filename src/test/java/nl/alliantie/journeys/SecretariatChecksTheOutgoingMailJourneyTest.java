package nl.alliantie.journeys;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.AlliantieTest;
import nl.alliantie.mail.MailKey;
import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.Outbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;

/**
 * The secretariat opens the outgoing mail from the start page, finds a mail that could not be
 * delivered with its reason, and looks at the waiting and sent mail; every page passes axe-core.
 */
@AlliantieTest
class SecretariatChecksTheOutgoingMailJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void failedWaitingAndSentMail() {
		String broken = "kapot-adres-" + UUID.randomUUID().toString().substring(0, 8);
		String fine = "goed-" + UUID.randomUUID() + "@example.org";
		transactions.executeWithoutResult(tx -> {
			outbox.queue(new MailKey("journey", 1, broken), new MailMessage(broken, "Komt niet aan", "Tekst"));
			outbox.queue(new MailKey("journey", 1, fine), new MailMessage(fine, "Komt aan", "Tekst"));
		});

		Page page = browser.newPage("http://localhost:" + port);
		page.navigate("/inloggen");
		page.getByLabel("E-mailadres").fill("admin@test.alliantie.local");
		page.getByLabel("Wachtwoord").fill("test-admin-wachtwoord");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		assertThat(page).hasURL(Pattern.compile(".*/beheer$"));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uitgaande mail")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Uitgaande mail");
		page.waitForCondition(() -> {
			page.reload();
			return page.getByText(broken).count() > 0;
		});
		assertThat(page.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(broken)))
			.containsText("Ongeldig adres");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Wachtend"))).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))).hasText("Wachtend");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Verzonden"))).click();
		assertThat(page.getByText(fine)).isVisible();
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar het postvak")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Postvak");
		assertAccessible(page);
		page.context().close();
	}
}
