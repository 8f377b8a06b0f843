package nl.alliantie.journeys;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.LinkTokens;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.signals.SignalFixtures;
import nl.alliantie.signals.handling.Report;
import nl.alliantie.signals.handling.Signal;
import nl.alliantie.signals.handling.SignalStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every field of a signal, filled with script tags, event handlers, {@code javascript:} links and
 * broken markup, is shown as text in Chromium on every page that shows it: no dialog opens, no
 * payload code runs, and no element with the payload's attributes exists in the page.
 */
@AlliantieTest
class EveryFieldOfASignalIsRenderedInertJourneyTest {

	static final List<String> PAYLOADS = List.of("<script>window.__xss=1;alert(1)</script>",
			"<img src=x onerror=\"window.__xss=1;alert(1)\">", "\"><svg onload=\"window.__xss=1;alert(1)\">",
			"javascript:window.__xss=1;alert(1)", "'><a href=\"javascript:window.__xss=1\">klik</a>",
			"</textarea><script>window.__xss=1</script>", "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
			"<<b onclick=\"window.__xss=1\">kapotte <i>opmaak", "</title><body onload=\"window.__xss=1\">",
			"${7*7} {{constructor.constructor('window.__xss=1')()}}");

	static final String DANGEROUS = "[onerror],[onload],[onclick],[onmouseover],[onfocus],iframe,object,embed,"
			+ "script:not([src]),a[href^='javascript:' i],svg[onload]";

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	SignalStore store;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	LinkTokens tokens;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Test
	void payloadsInEveryFieldStayText() throws Exception {
		String word = SignalFixtures.word();
		List<Long> ids = new ArrayList<>();
		for (String payload : PAYLOADS) {
			long id = store.create(new Report(payload + " " + word, payload + "\n" + payload + " " + word,
					List.of("schulden", payload), new Signal.Place("Zwolle", "Overijssel", "oost"), "oost",
					java.time.LocalDate.now().minusDays(1), "ORGANISATIE", null, payload, payload, payload, true,
					java.util.UUID.randomUUID())).id();
			fixtures.publish(id);
			mvc.perform(post("/beheer/signalen/" + id + "/besproken").with(logins.secretariat()).with(csrf())
				.param("datum", "2026-01-20").param("tekst", payload).param("overleg", ""));
			mvc.perform(post("/beheer/signalen/" + id + "/lobby").with(logins.secretariat()).with(csrf())
				.param("datum", "2026-02-20").param("tekst", payload));
			ids.add(id);
		}

		Page page = browser.newPage("http://localhost:" + port);
		List<String> dialogs = new ArrayList<>();
		page.onDialog(dialog -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		check(page, "/signalen?q=" + word, dialogs);
		check(page, "/signalen?q=" + word + "&pagina=1&gemeente=" + java.net.URLEncoder.encode(PAYLOADS.get(1),
				java.nio.charset.StandardCharsets.UTF_8), dialogs);
		for (long id : ids) {
			check(page, "/signalen/" + id, dialogs);
			check(page, "/signalen/volgen/" + tokens.issueReusable("signals.follow", Long.toString(id), Duration.ofHours(1)),
					dialogs);
		}

		page.navigate("/signalen/melden");
		page.getByLabel("Titel").fill(PAYLOADS.get(0));
		page.getByLabel("Wat hebt u gezien?").fill(String.join("\n", PAYLOADS));
		page.getByLabel("Gemeente (mag leeg)").fill(PAYLOADS.get(2));
		page.getByLabel("Naam organisatie").fill(PAYLOADS.get(4));
		page.getByLabel("Uw naam (mag leeg)").fill(PAYLOADS.get(7));
		page.getByLabel("Uw e-mailadres (mag leeg)").fill(PAYLOADS.get(5));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signaal versturen")).click();
		assertThat(page.getByLabel("Wat hebt u gezien?").inputValue()).isEqualTo(String.join("\n", PAYLOADS));
		inert(page, dialogs);

		page.navigate("/inloggen");
		page.getByLabel("E-mailadres").fill("admin@test.alliantie.local");
		page.getByLabel("Wachtwoord").fill("test-admin-wachtwoord");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		page.waitForURL(url -> !url.contains("/inloggen"));
		for (long id : ids) {
			check(page, "/beheer/signalen/" + id, dialogs);
		}
		check(page, "/beheer/signalen?toon=behandeling", dialogs);
		page.context().close();
	}

	private void check(Page page, String path, List<String> dialogs) {
		page.navigate(path);
		inert(page, dialogs);
	}

	private static void inert(Page page, List<String> dialogs) {
		page.waitForTimeout(50);
		assertThat(dialogs).as("dialogs on %s", page.url()).isEmpty();
		assertThat(page.evaluate("() => window.__xss === undefined && (window.parent.__xss === undefined)"))
			.as("payload ran on %s", page.url()).isEqualTo(true);
		assertThat(page.locator(DANGEROUS).count()).as("payload elements on %s", page.url()).isZero();
	}
}
