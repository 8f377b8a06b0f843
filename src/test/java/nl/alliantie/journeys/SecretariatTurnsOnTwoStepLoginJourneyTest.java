package nl.alliantie.journeys;

import java.time.Clock;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.accounts.login.TestLogins;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone of the secretariat, on a phone 320 pixels wide, sets up two-step login from their
 * account page with the QR code's key, keeps the recovery codes, logs out, and logs in again
 * with their password and a code from the app.
 */
@AlliantieTest
class SecretariatTurnsOnTwoStepLoginJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestLogins logins;

	@Autowired
	Clock clock;

	@Test
	void setUpOnTheAccountPageThenLogInWithACode() throws Exception {
		String email = logins.account(Grant.of(Role.SECRETARIAAT));
		Page page = browser.newPage("http://localhost:" + port, 320);
		logIn(page, email);
		assertThat(page).hasURL(Pattern.compile(".*/beheer$"));

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn account").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Mijn account");
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen in twee stappen instellen")).click();

		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("QR-code om te scannen met uw app voor inlogcodes"))).isVisible();
		assertAccessible(page);
		assertFits(page);
		String key = page.locator("#sleutel").textContent().replace(" ", "");
		long step = Math.floorDiv(clock.instant().getEpochSecond(), 30);
		page.getByLabel("Vul de code van zes cijfers in die de app nu toont").fill(code(key, step));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Instellen")).click();

		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Bewaar uw herstelcodes");
		assertThat(page.locator(".recovery-codes li")).hasCount(10);
		assertAccessible(page);
		assertFits(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Verder")).click();
		assertThat(page.locator("main")).containsText("Staat aan sinds");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
		logIn(page, email);
		assertThat(page).hasURL(Pattern.compile(".*/inloggen/code$"));
		assertAccessible(page);
		page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill("000000");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		assertThat(page.locator("#code-error")).containsText("Deze code klopt niet.");
		assertAccessible(page);
		page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(code(key, step + 1));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		assertThat(page).hasURL(Pattern.compile(".*/beheer$"));
		page.context().close();
	}

	private static void logIn(Page page, String email) {
		page.navigate("/inloggen");
		page.getByLabel("E-mailadres").fill(email);
		page.getByLabel("Wachtwoord").fill(TestLogins.PASSWORD);
		page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Inloggen")).click();
	}

	private static void assertFits(Page page) {
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling at 320 px on %s", page.url()).isTrue();
	}

	private static String code(String key, long step) throws Exception {
		return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(key, step);
	}
}
