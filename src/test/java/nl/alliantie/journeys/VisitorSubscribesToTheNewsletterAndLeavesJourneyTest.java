package nl.alliantie.journeys;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.alliantie.AlliantieTest;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 360 px phone, a visitor subscribes to the newsletter without an account, makes a mistake
 * and is told beside the field, confirms from the mail, sees their consent on their own page and
 * leaves again. Every page passes axe-core and fits the screen.
 */
@AlliantieTest
class VisitorSubscribesToTheNewsletterAndLeavesJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	MailCatcher mails;

	@Autowired
	JdbcClient jdbc;

	@Test
	void visitorSubscribesConfirmsFromTheMailAndLeaves() {
		String address = "lezer-" + UUID.randomUUID().toString().substring(0, 8) + "@test.alliantie.local";
		Page page = browser.newPage("http://localhost:" + port, 360);
		page.navigate("/nieuwsbrief");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Nieuwsbrief");
		assertAccessible(page);
		Browser.fitsTheScreen(page);

		page.getByLabel("E-mailadres").fill(address);
		page.getByLabel("Naam").fill("Jantje Lezer");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vink aan dat u de nieuwsbrief wilt ontvangen.");
		assertThat(page.getByLabel("E-mailadres")).hasValue(address);
		assertAccessible(page);
		Browser.fitsTheScreen(page);

		page.getByLabel("Ik wil de nieuwsbrief van Alliantie per e-mail ontvangen.").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Kijk in uw mail");
		assertAccessible(page);

		Matcher link = Pattern.compile("http://localhost(?::\\d+)?(/nieuwsbrief/bevestigen/[A-Za-z0-9_-]{43})")
			.matcher(Mailboxes.waitFor(mails, address, 1).get(0).text());
		assertThat(link.find()).isTrue();
		page.navigate(link.group(1));
		assertAccessible(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, ik wil de nieuwsbrief")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Uw aanmelding is bevestigd");
		assertThat(page.getByText("link in bevestigingsmail")).isVisible();
		assertAccessible(page);
		Browser.fitsTheScreen(page);
		assertThat(jdbc.sql("select status from newsletter_subscriber where email = :e").param("e", address)
			.query(String.class).single()).isEqualTo("CONFIRMED");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afmelden")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("U bent afgemeld");
		assertAccessible(page);
		assertThat(jdbc.sql("select status from newsletter_subscriber where email = :e").param("e", address)
			.query(String.class).single()).isEqualTo("UNSUBSCRIBED");
		page.context().close();
	}
}
