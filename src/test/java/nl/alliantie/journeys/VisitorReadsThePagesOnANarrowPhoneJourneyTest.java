package nl.alliantie.journeys;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.alliantie.AlliantieTest;
import nl.alliantie.consultations.ConsultationFixtures;
import nl.alliantie.consultations.invitations.Invitations;
import nl.alliantie.consultations.planning.ConsultationStore;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.shared.events.EventsHeard;

import static nl.alliantie.journeys.Browser.assertAccessible;
import static nl.alliantie.journeys.Browser.assertFits;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor on a 320 px and a 360 px phone reads the public pages and the pages their personal
 * links open: none scrolls sideways (date, place and route stay in view), and the text in the
 * charts is never smaller than the page's small text (.875rem, 14 px).
 */
@AlliantieTest
class VisitorReadsThePagesOnANarrowPhoneJourneyTest {

	static final double SMALL_TEXT_PX = 14;

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	ConsultationStore consultations;

	@Autowired
	Invitations invitations;

	@Autowired
	MailCatcher mails;

	@Autowired
	EventsHeard heard;

	@Autowired
	nl.alliantie.conferences.ConferenceFixtures conferences;

	@Test
	void everyPageFitsAndTheChartsStayReadable() {
		Instant start = Instant.now().plus(Duration.ofDays(35));
		long id = consultations.plan(new ConsultationStore.Details("zuid", start, start.plus(Duration.ofHours(3)),
				"Wijkgebouw De Sleutelbloem aan de Burgemeester van Sonsbeeckstraat",
				"Burgemeester van Sonsbeeckstraat 112, 's-Hertogenbosch",
				"Vanaf het station bus 1 of 5 richting Maaspoort; uitstappen bij de halte Sonsbeeckstraat. "
						+ "Parkeren kan gratis achter het gebouw. https://www.example.org/routebeschrijving-naar-de-sleutelbloem",
				null));
		heard.await();
		String invitee = ConsultationFixtures.unique("smal");
		invitations.invitePerson(id, "Mirjam de Wit", invitee);
		Matcher link = Pattern.compile("http://localhost(?::\\d+)?(/uitnodiging/[A-Za-z0-9_-]{43})")
			.matcher(Mailboxes.waitFor(mails, invitee, 1).get(0).text());
		assertThat(link.find()).isTrue();

		var edition = conferences.edition(java.time.LocalDate.now().plusDays(40), 30, 10, null);
		List<String> paths = List.of("/", "/regio-overleggen", "/regio-overleggen/" + id, link.group(1), "/signalen",
				"/signalen/cijfers", "/organisaties", "/gemeenten", "/inloggen", edition.editionPath(),
				edition.dayPath());
		for (int width : List.of(320, 360)) {
			Page page = browser.newPage("http://localhost:" + port, width);
			for (String path : paths) {
				page.navigate(path);
				assertFits(page);
				if (width == 320) {
					assertAccessible(page);
				}
			}
			page.navigate(edition.editionPath());
			Object placesInView = page.evaluate("""
					() => Array.from(document.querySelectorAll('td.places')).every(td => {
					  const box = td.getBoundingClientRect();
					  return box.width > 0 && box.right <= window.innerWidth;
					})""");
			assertThat(placesInView).as("the places of every day are in view at %d px", width).isEqualTo(true);
			page.navigate("/signalen/cijfers");
			assertThat(smallestChartText(page)).as("smallest text in the charts at %d px", width)
				.isGreaterThanOrEqualTo(SMALL_TEXT_PX - 0.01);
			page.context().close();
		}
	}

	/** The smallest rendered size, in CSS pixels, of any text in the page's charts. */
	static double smallestChartText(Page page) {
		Object sizes = page.evaluate("""
				() => Array.from(document.querySelectorAll('svg text')).map(t => {
				  const m = t.getScreenCTM();
				  return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
				})""");
		List<Double> all = new ArrayList<>();
		for (Object size : (List<?>) sizes) {
			all.add(((Number) size).doubleValue());
		}
		assertThat(all).as("the charts have text").isNotEmpty();
		return all.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
	}
}
