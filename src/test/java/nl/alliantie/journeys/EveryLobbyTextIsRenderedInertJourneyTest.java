package nl.alliantie.journeys;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;
import nl.alliantie.lobby.LobbyFixtures;
import nl.alliantie.lobby.campaigns.Campaign;
import nl.alliantie.lobby.campaigns.Campaigns;
import nl.alliantie.lobby.drafting.LocalParts;
import nl.alliantie.lobby.letters.LetterState;
import nl.alliantie.lobby.letters.LetterStore;
import nl.alliantie.lobby.letters.Response;
import nl.alliantie.lobby.parliament.Parliament;
import nl.alliantie.lobby.parliament.ProposalOutcome;
import nl.alliantie.lobby.secretary.CommitmentStatus;
import nl.alliantie.lobby.secretary.StateSecretary;

import static nl.alliantie.journeys.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text field of the lobby (campaign, proposals, local part, helper, response, proposals to
 * parliament, factions, visits, consultations with the state secretary, position paper points,
 * commitments), filled with the payloads of {@link EveryFieldOfASignalIsRenderedInertJourneyTest}
 * and a Markdown {@code javascript:} link, is shown as text in Chromium on every page that shows
 * it, public and for the secretariat: no dialog, no payload code run, no element with the payload's
 * attributes. The secretariat's parliament and state secretary pages pass axe and fit 320 px.
 */
@AlliantieTest
class EveryLobbyTextIsRenderedInertJourneyTest {

	static final List<String> PAYLOADS = new ArrayList<>(EveryFieldOfASignalIsRenderedInertJourneyTest.PAYLOADS);

	static {
		PAYLOADS.add("[klik](javascript:window.__xss=1) <a href=\"javascript:window.__xss=1\">a</a>");
	}

	/** Every payload on its own line: for the long (Markdown) fields. */
	static final String ALL = String.join("\n\n", PAYLOADS);

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	LobbyFixtures fixtures;

	@Autowired
	Campaigns campaigns;

	@Autowired
	LocalParts parts;

	@Autowired
	LetterStore letters;

	@Autowired
	Parliament parliament;

	@Autowired
	StateSecretary secretary;

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	private static String payload(int i) {
		return PAYLOADS.get(i % PAYLOADS.size());
	}

	@Test
	void payloadsInEveryLobbyFieldStayText() throws Exception {
		Campaign made = fixtures.campaign(ALL);
		campaigns.update(made.id(), payload(0), ALL, made.sendOn());
		Campaign campaign = campaigns.find(made.id().value()).orElseThrow();
		int year = campaign.year();
		for (int i = 0; i < PAYLOADS.size(); i++) {
			campaigns.saveProposal(campaign, null, i + 1, payload(i), ALL, List.of());
		}
		String municipality = "Deventer";
		String token = parts.offer(campaign, municipality, payload(1), "xss-" + Instant.now().toEpochMilli() + "@example.org",
				payload(2), null);
		long part = parts.of(campaign.id().value(), municipality).orElseThrow().id();
		parts.save(part, ALL, ALL, List.of(), List.of(), true, payload(3), null);
		parts.approve(part, 1, year, id -> false);
		letters.start(campaign.id().value(), List.of(municipality), Map.of(municipality, fixtures.griffie(municipality)),
				Instant.now().minusSeconds(1));
		Awaitility.await().atMost(Duration.ofSeconds(60))
			.until(() -> letters.find(campaign.id().value(), municipality).orElseThrow().state() == LetterState.QUEUED);
		letters.respond(campaign.id().value(), municipality, Response.DISCUSSED, LocalDate.of(year, 6, 1), ALL, null);

		Parliament.ProposalSet set = parliament.ofYear(year).orElse(null);
		if (set == null) {
			parliament.createSet(year, payload(4), ALL, LocalDate.of(year, 11, 12));
			set = parliament.ofYear(year).orElseThrow();
		}
		for (int i = 0; i < PAYLOADS.size(); i++) {
			parliament.saveProposal(set, null, 900 + i, payload(i), ALL, List.of(), ProposalOutcome.MOTION_FILED,
					"https://www.tweedekamer.nl/" + URLEncoder.encode(payload(i), StandardCharsets.UTF_8), payload(i + 1));
		}
		long faction = parliament.addFaction(payload(5).substring(0, Math.min(90, payload(5).length())) + " " + Instant.now().toEpochMilli());
		parliament.addVisit(set.id(), faction, LocalDate.of(year, 10, 1), payload(6), payload(7), ALL);

		long meeting = secretary.create(LocalDate.of(year, 5, 20), payload(8));
		secretary.update(meeting, LocalDate.of(year, 5, 20), payload(8), ALL, ALL, ALL, true);
		StateSecretary.Meeting m = secretary.find(meeting).orElseThrow();
		secretary.savePoint(m, null, 1, payload(9), ALL, List.of(), campaign.id().value(), List.of(municipality));
		long commitment = secretary.addCommitment(meeting, cut(ALL, 1000));
		secretary.changeCommitment(commitment, payload(10), CommitmentStatus.NOT_KEPT, cut(ALL, 2000));

		Page page = browser.newPage("http://localhost:" + port, 320);
		List<String> dialogs = new ArrayList<>();
		page.onDialog(dialog -> {
			dialogs.add(dialog.message());
			dialog.dismiss();
		});
		String encoded = URLEncoder.encode(municipality, StandardCharsets.UTF_8);
		checkFits(page, "/lobby/" + year, dialogs);
		checkFits(page, "/lobby/" + year + "/brief/" + encoded, dialogs);
		checkFits(page, "/gemeenten/" + encoded, dialogs);
		checkFits(page, "/lobby/staatssecretaris/" + meeting, dialogs);
		checkFits(page, "/lobby/meeschrijven/" + token, dialogs);
		check(page, "/lobby/meeschrijven/" + token + "/brief", dialogs);
		check(page, "/lobby/meeschrijven/" + token + "/reactie", dialogs);

		page.navigate("/inloggen");
		page.getByLabel("E-mailadres").fill("admin@test.alliantie.local");
		page.getByLabel("Wachtwoord").fill("test-admin-wachtwoord");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		page.waitForURL(url -> !url.contains("/inloggen"));
		check(page, "/beheer/lobby", dialogs);
		check(page, campaign.adminHref(), dialogs);
		check(page, campaign.adminHref() + "/gemeenten", dialogs);
		check(page, campaign.adminHref() + "/gemeenten/" + encoded, dialogs);
		check(page, "/beheer/lobby/kamer", dialogs);
		checkAccessible(page, "/beheer/lobby/kamer/" + year, dialogs);
		checkAccessible(page, "/beheer/lobby/fracties", dialogs);
		checkAccessible(page, "/beheer/lobby/staatssecretaris", dialogs);
		checkAccessible(page, "/beheer/lobby/staatssecretaris/" + meeting, dialogs);

		// a form sent back with errors shows what was typed as text too
		page.navigate("/beheer/lobby/kamer/" + year);
		page.locator("#nieuw-titel").fill(cut(String.join(" ", PAYLOADS), 290));
		page.locator("#nieuw-nummer").fill("geen nummer");
		page.locator("#nieuw-link").fill("javascript:window.__xss=1");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voorstel toevoegen")).click();
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#nieuw-link-error")).hasText("Vul een webadres in dat begint met https://, zoals https://www.tweedekamer.nl/...");
		assertThat(page.locator("#nieuw-titel").inputValue()).isEqualTo(cut(String.join(" ", PAYLOADS), 290));
		inert(page, dialogs);
		assertAccessible(page);
		assertFits(page);
		page.context().close();
	}

	private void checkFits(Page page, String path, List<String> dialogs) {
		check(page, path, dialogs);
		assertFits(page);
	}

	private void checkAccessible(Page page, String path, List<String> dialogs) {
		check(page, path, dialogs);
		assertAccessible(page);
		assertFits(page);
	}

	private void check(Page page, String path, List<String> dialogs) {
		com.microsoft.playwright.Response response = page.navigate(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		inert(page, dialogs);
	}

	private static void inert(Page page, List<String> dialogs) {
		page.waitForTimeout(50);
		assertThat(dialogs).as("dialogs on %s", page.url()).isEmpty();
		assertThat(page.evaluate("() => window.__xss === undefined && (window.parent.__xss === undefined)"))
			.as("payload ran on %s", page.url()).isEqualTo(true);
		assertThat(page.locator(EveryFieldOfASignalIsRenderedInertJourneyTest.DANGEROUS).count())
			.as("payload elements on %s", page.url()).isZero();
	}

	private static void assertFits(Page page) {
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("no sideways scrolling on %s; too wide: %s", page.url(), page.evaluate("""
					() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth || (e.scrollWidth > e.clientWidth + 1 && !['TEXTAREA', 'INPUT', 'SELECT'].includes(e.tagName) && getComputedStyle(e).overflowX === 'visible'))
					  .slice(-5).map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 40)).join(' | ')
					"""))
			.isTrue();
	}
}
