package nl.alliantie.journeys;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;
import nl.alliantie.agendas.AgendaFixtures;
import nl.alliantie.agendas.agenda.AgendaStore;
import nl.alliantie.agendas.agenda.AgendaView;
import nl.alliantie.agendas.parties.PartyLinks;
import nl.alliantie.mail.catcher.MailCatcher;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A party of a local agenda opens the link mailed to its contact on a 360 px phone, marks its step
 * reached with one sentence, and the public agenda and the national figures show it. Every page
 * passes axe-core and fits the screen.
 */
@AlliantieTest
class PartyMarksAStepReachedFromItsMailedLinkJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	AgendaFixtures fixtures;

	@Autowired
	AgendaStore store;

	@Autowired
	PartyLinks links;

	@Autowired
	MailCatcher mails;

	static void fits(Page page) {
		assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
	}

	@Test
	void aPartyMarksItsStepReachedAndThePublicAgendaAndTheNationalFiguresShowIt() {
		var made = fixtures.agenda(LocalDate.now().getYear());
		store.adopt(made.id());
		AgendaView agenda = store.find(made.id()).orElseThrow();
		String address = agenda.party(made.memberParty()).orElseThrow().contactEmail();
		assertThat(links.send(agenda, made.memberParty())).isTrue();
		Matcher link = Pattern.compile("http://localhost[^/\\s]*(/sociale-agenda/stappen/[A-Za-z0-9_-]{43})")
			.matcher(nl.alliantie.mail.Mailboxes.waitFor(mails, address, 1).get(0).text());
		assertThat(link.find()).isTrue();

		Page page = browser.newPage("http://localhost:" + port, 360);
		page.navigate(link.group(1));
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Uw stappen voor");
		assertThat(page.getByText("Folder bij de huisartsen")).isVisible();
		assertAccessible(page);
		fits(page);

		page.getByLabel("Behaald", new Page.GetByLabelOptions().setExact(true)).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oordeel opslaan")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Schrijf in een zin wat er is gebeurd.");
		assertAccessible(page);
		page.getByLabel("Toelichting in een zin").fill("De folder ligt bij twaalf huisartsen");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oordeel opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Het oordeel is opgeslagen");
		assertAccessible(page);
		fits(page);

		page.navigate(java.net.URI.create(agenda.href()).toASCIIString());
		assertThat(page.getByText("De folder ligt bij twaalf huisartsen")).isVisible();
		assertAccessible(page);
		fits(page);

		page.navigate("/sociale-agendas");
		assertThat(page.locator("#behaald ~ ul").first()).containsText("De folder ligt bij twaalf huisartsen");
		assertAccessible(page);
		fits(page);
		page.context().close();
	}
}
