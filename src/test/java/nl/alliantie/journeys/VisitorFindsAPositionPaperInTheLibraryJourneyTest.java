package nl.alliantie.journeys;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;
import nl.alliantie.documents.DocumentKind;
import nl.alliantie.documents.library.DocumentStore;
import nl.alliantie.shared.files.FileKind;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static nl.alliantie.journeys.Browser.assertFits;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor on a 360 px phone finds a position paper in the document library by a word of its
 * description, opens its page and downloads it (axe finds nothing on either page). And every text
 * of a document, and of a page the secretariat edits, stays text in Chromium: the XSS list runs
 * nothing and makes no element.
 */
@AlliantieTest
class VisitorFindsAPositionPaperInTheLibraryJourneyTest {

	static final String ALL = String.join("\n\n", EveryFieldOfASignalIsRenderedInertJourneyTest.PAYLOADS);

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	DocumentStore documents;

	@Test
	void aVisitorFindsAPositionPaperBySearchOnANarrowPhone() {
		String word = "armoedeval" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
		String title = "Positiepapier over de " + word + " bij de Wet kinderopvang en de toeslagen";
		documents.upload(DocumentKind.POSITION_PAPER, 2025, "Werk en inkomen", title,
				"Wie meer gaat werken, houdt door de " + word + " soms minder over. Wat de alliantie voorstelt.",
				FileKind.PDF, "positiepapier.pdf", "%PDF-1.4\n%%EOF\n".getBytes());

		Page page = browser.newPage("http://localhost:" + port, 360);
		page.navigate("/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Documenten").setExact(true)).first().click();
		page.waitForURL(url -> url.endsWith("/documenten"));
		assertFits(page);
		assertAccessible(page);
		page.getByLabel("Zoek in titel en beschrijving").fill(word);
		page.getByLabel("Soort").selectOption("positiepapier");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
		page.waitForURL(url -> url.contains("q=" + word));
		assertFits(page);
		assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(page.locator("h1")).hasText(title);
		assertFits(page);
		assertAccessible(page);
		var download = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download (PDF, 1 kB)"));
		assertThat(download).hasAttribute("href", java.util.regex.Pattern.compile("/documenten/\\d+/bestand"));
		page.context().close();
	}

	@Test
	void everyTextOfADocumentAndOfAPageStaysText() {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String theme = cut("Thema " + marker + " " + EveryFieldOfASignalIsRenderedInertJourneyTest.PAYLOADS.get(1), 80);
		long id = documents.upload(DocumentKind.REPORT, 2025, theme, cut(marker + " " + String.join(" ", EveryFieldOfASignalIsRenderedInertJourneyTest.PAYLOADS), 200),
				ALL, FileKind.PDF, "x.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
		Page page = browser.newPage("http://localhost:" + port, 320);
		List<String> dialogs = new ArrayList<>();
		page.onDialog(dialog -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		for (String path : List.of("/documenten", "/documenten?q=" + marker, "/documenten/" + id)) {
			page.navigate(path);
			inert(page, dialogs);
			assertFits(page);
		}
		page.navigate("/documenten");
		page.getByLabel("Thema").selectOption(theme);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
		assertThat(page.locator("main li a[href='/documenten/" + id + "']")).hasCount(1);
		inert(page, dialogs);

		page.navigate("/inloggen");
		page.getByLabel("E-mailadres").fill("admin@test.alliantie.local");
		page.getByLabel("Wachtwoord").fill("test-admin-wachtwoord");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		page.waitForURL(url -> !url.contains("/inloggen"));
		page.navigate("/beheer/documenten/" + id);
		inert(page, dialogs);
		assertThat(page.locator("#beschrijving")).hasValue(ALL);

		// a page the secretariat edits, with the payloads as its text; put back afterwards
		page.navigate("/beheer/paginas/contact");
		String before = page.locator("#tekst").inputValue();
		try {
			page.locator("#tekst").fill(ALL);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
			inert(page, dialogs);
			page.navigate("/over/contact");
			inert(page, dialogs);
			assertFits(page);
			assertAccessible(page);
		}
		finally {
			page.navigate("/beheer/paginas/contact");
			page.locator("#tekst").fill(before);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		}
		page.context().close();
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	private static void inert(Page page, List<String> dialogs) {
		page.waitForTimeout(50);
		assertThat(dialogs).as("dialogs on %s", page.url()).isEmpty();
		assertThat(page.evaluate("() => window.__xss === undefined && (window.parent.__xss === undefined)"))
			.as("payload ran on %s", page.url()).isEqualTo(true);
		assertThat(page.locator(EveryFieldOfASignalIsRenderedInertJourneyTest.DANGEROUS).count())
			.as("payload elements on %s", page.url()).isZero();
	}
}
