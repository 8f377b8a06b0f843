package nl.alliantie.journeys;

import java.nio.charset.StandardCharsets;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;
import nl.alliantie.agendas.toolkit.Toolkit;
import nl.alliantie.shared.files.FileKind;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static nl.alliantie.journeys.Browser.assertFits;

/**
 * On a 360 px phone a visitor reads the toolkit's step plan and sees its files; the secretariat
 * opens a step, empties its title (the sentence stands beside the field, the text stays), saves a
 * new one, and the public toolkit shows it. Every page passes axe-core and fits the screen.
 */
@AlliantieTest
class SecretariatKeepsTheToolkitJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	Toolkit toolkit;

	@Test
	void aVisitorReadsTheToolkitAndTheSecretariatChangesAStep() {
		String token = Long.toString(System.nanoTime(), 36);
		long step = toolkit.addStep(990, "Zoek partners " + token,
				"Zoek **partners** in uw gemeente:\n\n- de gemeente\n- een woningcorporatie\n- een basisgroep");
		toolkit.addFile("Stappenplan " + token, "stappenplan.pdf", FileKind.PDF,
				"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

		Page visitor = browser.newPage("http://localhost:" + port, 360);
		visitor.navigate("/toolkit#stap-" + step);
		assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Toolkit: een lokale sociale agenda beginnen");
		assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Zoek partners " + token))).isVisible();
		assertThat(visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Stappenplan " + token))).isVisible();
		assertAccessible(visitor);
		assertFits(visitor);

		Page secretariat = browser.newPage("http://localhost:" + port, 360);
		secretariat.navigate("/inloggen");
		secretariat.getByLabel("E-mailadres").fill("admin@test.alliantie.local");
		secretariat.getByLabel("Wachtwoord").fill("test-admin-wachtwoord");
		secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		secretariat.navigate("/beheer/toolkit");
		assertAccessible(secretariat);
		assertFits(secretariat);

		secretariat.navigate("/beheer/toolkit/stappen/" + step);
		assertThat(secretariat.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Stap van het stappenplan wijzigen");
		assertAccessible(secretariat);
		assertFits(secretariat);
		secretariat.getByLabel("Titel").fill("");
		secretariat.getByLabel("Tekst").fill("Zoek eerst de gemeente " + token + ".");
		secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(secretariat.locator("#titel-error")).containsText("Vul een titel in.");
		assertThat(secretariat.getByLabel("Tekst")).hasValue("Zoek eerst de gemeente " + token + ".");
		assertAccessible(secretariat);
		assertFits(secretariat);
		secretariat.getByLabel("Titel").fill("Begin bij de gemeente " + token);
		secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
		assertThat(secretariat.getByRole(AriaRole.STATUS)).containsText("De stap is opgeslagen.");

		// the same address with its anchor would only scroll: load the page again
		visitor.reload();
		assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Begin bij de gemeente " + token))).isVisible();
		assertThat(visitor.getByText("Zoek eerst de gemeente " + token + ".")).isVisible();
		assertAccessible(visitor);
		assertFits(visitor);
		visitor.context().close();
		secretariat.context().close();
	}
}
