package nl.alliantie.journeys;

import java.time.Duration;
import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.consultations.ConsultationFixtures;
import nl.alliantie.consultations.invitations.Invitations;
import nl.alliantie.network.NetworkFixtures;
import nl.alliantie.shared.time.DutchTime;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.alliantie.journeys.Browser.assertAccessible;
import static nl.alliantie.journeys.Browser.assertFits;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator of region west gives a planned consultation ("Plaats volgt") its date and place on
 * a 320 px phone; the invitee's notice of the change, with its calendar file, goes into the outbox.
 * The public page shows the new place and fits the screen.
 */
@AlliantieTest
class CoordinatorMovesAPlannedConsultationJourneyTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	TestLogins logins;

	@Autowired
	ConsultationFixtures fixtures;

	@Autowired
	Invitations invitations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void coordinatorChangesDateAndPlaceAndTheNoticeGoesOut() {
		long id = fixtures.planned("west", Duration.ofDays(90));
		String invitee = ConsultationFixtures.unique("genodigde");
		invitations.invitePerson(id, "Ayse Demir", invitee);
		String coordinator = logins.account(new Grant(Role.REGIOCOORDINATOR, "west"));
		String venue = NetworkFixtures.unique("Wijkcentrum De Pijp");
		LocalDate day = LocalDate.now(DutchTime.ZONE).plusDays(100);

		Page page = browser.newPage("http://localhost:" + port, 320);
		page.navigate("/inloggen");
		page.getByLabel("E-mailadres").fill(coordinator);
		page.getByLabel("Wachtwoord").fill(TestLogins.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
		page.navigate("/beheer/regio-overleggen/" + id);
		assertAccessible(page);
		assertFits(page);

		page.getByLabel("Plaats", new Page.GetByLabelOptions().setExact(true)).fill("");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigingen opslaan")).click();
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vul de plaats in.");
		assertAccessible(page);
		assertFits(page);

		page.getByLabel("Datum").fill(day.toString());
		page.getByLabel("Begintijd").fill("13:30");
		page.getByLabel("Eindtijd").fill("16:00");
		page.getByLabel("Plaats", new Page.GetByLabelOptions().setExact(true)).fill(venue);
		page.getByLabel("Adres").fill("Ferdinand Bolstraat 10, Amsterdam");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wijzigingen opslaan")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("De wijzigingen zijn opgeslagen");
		assertThat(page.getByLabel("Plaats", new Page.GetByLabelOptions().setExact(true))).hasValue(venue);
		assertAccessible(page);
		assertFits(page);

		String notice = Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				select subject from mail_outbox
				where purpose = 'consultation-changed' and object_id like :id and lower(recipient) = :to""")
			.param("id", id + "-%").param("to", invitee).query(String.class).optional().orElse(null),
				subject -> subject != null);
		assertThat(notice).startsWith("Gewijzigd: regio-overleg West");

		page.navigate("/regio-overleggen/" + id);
		assertThat(page.locator("main")).containsText(venue);
		assertAccessible(page);
		assertFits(page);
		page.context().close();
	}
}
