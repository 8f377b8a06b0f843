package nl.alliantie.journeys;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;

/**
 * A visitor reads the home page, switches to English, logs in as the secretariat, opens the
 * mailbox and logs out; every page passes axe-core's WCAG 2.2 AA rules.
 */
@AlliantieTest
class SecretariatReadsTheMailboxJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Test
	void homeEnglishLoginMailboxLogout() {
		Page page = browser.newPage("http://localhost:" + port);

		page.navigate("/");
		assertThat(page.locator("html")).hasAttribute("lang", "nl");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("samen tegen armoede");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("together against poverty");
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertAccessible(page);
		page.getByLabel("E-mail address").fill("admin@test.alliantie.local");
		page.getByLabel("Password").fill("test-admin-wachtwoord");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/beheer$"));
		assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mailbox")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Mailbox");
		assertAccessible(page);

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/inloggen\\?uitgelogd$"));
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("You are logged out");
		assertAccessible(page);

		page.navigate("/beheer/postvak");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/inloggen$"));
		page.context().close();
	}
}
