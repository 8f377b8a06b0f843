package nl.alliantie.journeys;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;
import nl.alliantie.agendas.practices.Practices;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static nl.alliantie.journeys.Browser.assertFits;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor on a 360 px phone searches the good practices with a Dutch word in another form than
 * the text has, opens the one found and reads it; every page passes axe-core and fits. A practice
 * whose every field holds the XSS list is shown as text in Chromium.
 */
@AlliantieTest
class VisitorFindsAGoodPracticeJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Practices practices;

	@Test
	void aVisitorSearchesThePracticesAndReadsOne() {
		String token = "qz" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9aeiouyns]", "x");
		long id = practices.create(new Practices.Details("Vrijwilligers helpen bij schuld " + token,
				"Vrijwilligers bezochten honderd huishoudens met een betalingsachterstand.", "Groningen",
				"Stichting Thuisadministratie", "geldzaken, vrijwilligers", "Een budget voor kleine materialen en een training van een dag.",
				"Sanne Coach", "sanne@voorbeeld.alliantie.local", null));

		Page page = browser.newPage("http://localhost:" + port, 360);
		page.navigate("/praktijken");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Goede voorbeelden");
		assertAccessible(page);
		assertFits(page);

		// "schulden" finds "schuld" by its Dutch stem
		page.getByLabel("Zoek in de voorbeelden").fill("schulden " + token);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vrijwilligers helpen bij schuld " + token))).isVisible();
		assertAccessible(page);
		assertFits(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vrijwilligers helpen bij schuld " + token)).click();
		page.waitForURL("**/praktijken/" + id);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Wat was ervoor nodig?"))).isVisible();
		assertThat(page.getByText("Een budget voor kleine materialen")).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("sanne@voorbeeld.alliantie.local"))).isVisible();
		assertAccessible(page);
		assertFits(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("geldzaken")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vrijwilligers helpen bij schuld " + token))).isVisible();
		page.context().close();
	}

	@Test
	void everyFieldOfAPracticeIsShownAsText() {
		List<String> payloads = EveryFieldOfASignalIsRenderedInertJourneyTest.PAYLOADS;
		String all = String.join("\n", payloads);
		List<Long> made = new ArrayList<>();
		for (String payload : payloads) {
			made.add(practices.create(new Practices.Details(cut(payload, 200), cut(all, 4000), null, cut(payload, 200),
					cut(payload + ", " + payload, 300), cut(all, 2000), cut(payload, 200), cut(payload, 200), null)));
		}
		Page page = browser.newPage("http://localhost:" + port, 320);
		List<String> dialogs = new ArrayList<>();
		page.onDialog(dialog -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		for (long id : made) {
			check(page, "/praktijken/" + id, dialogs);
			assertFits(page);
		}
		check(page, "/praktijken", dialogs);
		check(page, "/praktijken?q=" + java.net.URLEncoder.encode(payloads.get(0), java.nio.charset.StandardCharsets.UTF_8), dialogs);
		assertFits(page);
		page.context().close();
	}

	private static void check(Page page, String path, List<String> dialogs) {
		com.microsoft.playwright.Response response = page.navigate(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		page.waitForTimeout(50);
		assertThat(dialogs).as("dialogs on %s", page.url()).isEmpty();
		assertThat(page.evaluate("() => window.__xss === undefined && (window.parent.__xss === undefined)"))
			.as("payload ran on %s", page.url()).isEqualTo(true);
		assertThat(page.locator(EveryFieldOfASignalIsRenderedInertJourneyTest.DANGEROUS).count())
			.as("payload elements on %s", page.url()).isZero();
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}
}
