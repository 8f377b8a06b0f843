package nl.alliantie.journeys;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.shared.events.EventsHeard;
import nl.alliantie.signals.SignalFixtures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat writes this year's council letter with a proposal and keeps the griffie address
 * of Wageningen; a local group from Wageningen offers to help without an account (on a 320 px phone),
 * writes the local part through the link in its mail citing a signal of Wageningen, and submits it;
 * the secretariat approves it and sends the letters; the griffie's mail arrives with the PDF; the
 * local group reports through its link that the council put the letter on its agenda; the response
 * shows on the municipality's page and the signal's trail leads to the letter. Every page passes axe.
 */
@AlliantieTest
class LocalGroupCoDraftsAndTheSecretariatSendsTheCouncilLetterJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	MailCatcher mails;

	@Autowired
	SignalFixtures signals;

	@Autowired
	EventsHeard events;

	@Test
	void coDraftApproveSendAndRespond() throws Exception {
		String word = SignalFixtures.word();
		String signalTitle = "Noodfonds Wageningen dicht " + word;
		long signal = signals.published(signalTitle, "Het noodfonds sloot in maart.", "Wageningen", "bijzondere-bijstand");
		String griffie = "griffie-" + word + "@wageningen.example";
		String helper = "groep-" + word + "@example.org";
		int year = LocalDate.now().getYear();

		Page admin = browser.newPage("http://localhost:" + port);
		admin.navigate("/inloggen");
		admin.getByLabel("E-mailadres").fill("admin@test.alliantie.local");
		admin.getByLabel("Wachtwoord").fill("test-admin-wachtwoord");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		admin.navigate("/beheer/lobby");
		assertAccessible(admin);
		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe raadsbrief")).click();
		admin.getByLabel("Jaar").fill(Integer.toString(year));
		admin.getByLabel("Onderwerp van de brief").fill("");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raadsbrief maken")).click();
		assertThat(admin.locator(".field-error").first()).hasText("Vul het onderwerp van de brief in.");
		assertAccessible(admin);
		admin.getByLabel("Onderwerp van de brief").fill("Armoede in uw gemeente " + word);
		admin.getByLabel("Landelijke tekst").fill("Steeds meer mensen komen niet rond.\n\nWij doen u drie voorstellen.");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raadsbrief maken")).click();
		assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Raadsbrief " + year);
		admin.locator("#nieuw-titel").fill("Verhoog de bijzondere bijstand");
		admin.locator("#nieuw-toelichting").fill("Zodat niemand de winter in de kou doorbrengt.");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorstel toevoegen")).click();
		assertThat(admin.getByText("Het voorstel is opgeslagen.")).isVisible();
		assertAccessible(admin);
		String campaignPath = admin.url().replaceAll("^https?://[^/]+", "").replaceAll("#.*$", "");

		admin.navigate("/beheer/gemeenten?zoek=Wageningen");
		admin.getByLabel("E-mailadres van de griffie van Wageningen").fill("geen-adres");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan Wageningen")).click();
		assertThat(admin.locator(".field-error")).containsText("Vul een geldig e-mailadres in");
		assertAccessible(admin);
		admin.getByLabel("E-mailadres van de griffie van Wageningen").fill(griffie);
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan Wageningen")).click();
		assertThat(admin.getByText("Het adres van de griffie is opgeslagen.")).isVisible();

		Page phone = browser.newPage("http://localhost:" + port, 320);
		phone.navigate("/lobby");
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Lobby " + year);
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName("Armoede in uw gemeente " + word))).isVisible();
		assertFits(phone);
		assertAccessible(phone);
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schrijf mee aan de raadsbrief").setExact(true)).first().click();
		phone.getByLabel("Gemeente").fill("Wageningn");
		phone.getByLabel("Uw naam").fill("Groep Wageningen");
		phone.getByLabel("Uw e-mailadres").fill(helper);
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stuur mij de link")).click();
		assertThat(phone.locator("#gemeente-error")).hasText("Deze gemeente kennen wij niet. Kies een gemeente uit de lijst.");
		assertThat(phone.getByLabel("Uw e-mailadres")).hasValue(helper);
		assertFits(phone);
		assertAccessible(phone);
		phone.getByLabel("Gemeente").fill("Wageningen");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stuur mij de link")).click();
		assertThat(phone.getByRole(AriaRole.STATUS)).containsText("persoonlijke link");

		var linkMail = Mailboxes.waitFor(mails, helper, 1).get(0);
		Matcher link = Pattern.compile("(/lobby/meeschrijven/[A-Za-z0-9_-]{43})").matcher(linkMail.text());
		assertThat(link.find()).isTrue();
		String draftPath = link.group(1);
		phone.navigate(draftPath);
		assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Lokaal deel voor Wageningen");
		assertAccessible(phone);
		assertFits(phone);
		phone.getByLabel("Ervaringen van mensen in armoede").fill("Een gezin wacht zes weken op bijzondere bijstand.");
		phone.getByLabel("Lokale voorstellen").fill("* Beslis binnen twee weken");
		phone.getByLabel(signalTitle).check();
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indienen bij het secretariaat")).click();
		assertThat(phone.getByRole(AriaRole.STATUS)).containsText("ingediend");
		assertThat(phone.getByText("Ingediend, wacht op goedkeuring")).isVisible();

		admin.navigate(campaignPath + "/gemeenten/Wageningen");
		assertThat(admin.getByText("Een gezin wacht zes weken op bijzondere bijstand.").first()).isVisible();
		assertAccessible(admin);
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versie 1 goedkeuren")).click();
		assertThat(admin.getByRole(AriaRole.STATUS)).containsText("goedgekeurd");
		admin.navigate(campaignPath + "/gemeenten");
		assertAccessible(admin);
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Brieven verzenden")).click();
		assertThat(admin.locator("#bevestig-error")).hasText("Vink aan dat u de brieven wilt verzenden.");
		admin.getByRole(AriaRole.CHECKBOX).check();
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Brieven verzenden")).click();
		assertThat(admin.getByText("Het verzenden is begonnen.")).isVisible();
		assertThat(admin.locator("#verzendbalk")).isVisible();
		assertAccessible(admin);

		var letterMail = Mailboxes.waitFor(mails, griffie, 1).get(0);
		assertThat(letterMail.subject()).contains("Wageningen");
		var pdf = letterMail.file("raadsbrief-" + year + "-wageningen.pdf").orElseThrow();
		try (PDDocument document = Loader.loadPDF(pdf.content())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Wageningen").contains("Een gezin wacht zes weken op bijzondere bijstand.")
				.contains("Verhoog de bijzondere bijstand").contains(signalTitle);
		}
		// the progress bar stops polling once every letter is out
		admin.waitForCondition(() -> {
			admin.reload();
			return admin.locator("#verzendvoortgang[hx-get]").count() == 0;
		}, new Page.WaitForConditionOptions().setTimeout(90_000));

		phone.navigate(draftPath + "/reactie");
		phone.getByLabel("Geagendeerd").check();
		phone.getByLabel("Notitie").fill("Op de agenda van de commissie Sociaal");
		phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reactie opslaan")).click();
		assertThat(phone.getByRole(AriaRole.STATUS)).containsText("De reactie is opgeslagen.");
		assertAccessible(phone);

		phone.navigate("/gemeenten/Wageningen");
		assertThat(phone.locator("#lobby")).containsText("Geagendeerd");
		assertAccessible(phone);
		phone.locator("#lobby").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Lees de raadsbrief " + year)).click();
		assertThat(phone.getByText("Op de agenda van de commissie Sociaal")).isVisible();
		assertThat(phone.getByText("Een gezin wacht zes weken op bijzondere bijstand.")).isVisible();
		assertFits(phone);
		assertAccessible(phone);

		events.await();
		phone.navigate("/signalen/" + signal);
		phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Naar het lobbystuk"))).click();
		assertThat(phone).hasURL(Pattern.compile(".*/lobby/" + year + "/brief/Wageningen$"));
		assertThat(phone.getByText("Geagendeerd").first()).isVisible();
		phone.context().close();
		admin.context().close();
	}

	private static void assertFits(Page page) {
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling on %s", page.url()).isTrue();
	}
}
