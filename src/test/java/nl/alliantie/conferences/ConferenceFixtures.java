package nl.alliantie.conferences;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.awaitility.Awaitility;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import nl.alliantie.conferences.editions.DayView;
import nl.alliantie.conferences.editions.Editions;
import nl.alliantie.conferences.editions.EditionViews;
import nl.alliantie.conferences.editions.Days;
import nl.alliantie.conferences.editions.Workshops;
import nl.alliantie.conferences.editions.Session;
import nl.alliantie.mail.catcher.MailCatcher;

/** Editions with unique years for tests that share one database. */
@Component
public class ConferenceFixtures {

	/** An edition with one day and two workshops offered on it. */
	public record Fixture(int year, long editionId, long dayId, int dayNumber, List<Long> workshops, List<Long> sessions) {

		public String editionPath() {
			return "/alliantiedagen/" + year;
		}

		public String dayPath() {
			return "/alliantiedagen/" + year + "/" + dayNumber;
		}
	}

	private final Editions editions;

	private final EditionViews editionViews;

	private final Days days;

	private final Workshops workshops;

	ConferenceFixtures(Editions editions, EditionViews editionViews, Days days, Workshops workshops) {
		this.editions = editions;
		this.editionViews = editionViews;
		this.days = days;
		this.workshops = workshops;
	}

	public Fixture edition(LocalDate date, int capacity, int workshopCapacity, String region) {
		long editionId = 0;
		int year = 0;
		for (int attempt = 0; editionId == 0; attempt++) {
			year = ThreadLocalRandom.current().nextInt(3000, 9999);
			try {
				editionId = editions.createEdition(year, "Groeien in kracht " + year, "Alliantiedagen " + year, "Test");
			}
			catch (DuplicateKeyException e) {
				if (attempt > 20) {
					throw e;
				}
			}
		}
		int number = days.addDay(editionId, date, "Zutphen", "De Hanzehof", "Coehoornsingel 1", region, capacity);
		long first = workshops.addWorkshop(editionId, "Armoedebestrijding in de praktijk", "Noodfondsen", "Clip");
		long second = workshops.addWorkshop(editionId, "Sociale coöperaties", "Voorbeelden", "Nicole");
		DayView day = editionViews.day(year, number).orElseThrow();
		days.offerWorkshop(day.day().id(), first, workshopCapacity, 2);
		days.offerWorkshop(day.day().id(), second, workshopCapacity, 2);
		List<Long> sessions = editionViews.day(day.day().id()).orElseThrow().sessions().stream().map(Session::id).toList();
		return new Fixture(year, editionId, day.day().id(), number, List.of(first, second), sessions);
	}

	/**
	 * A client network address no other test uses: registrations are limited per network
	 * (docs/adr/0024), and MockMvc's requests all come from 127.0.0.1.
	 */
	public static org.springframework.test.web.servlet.request.RequestPostProcessor ownNetwork() {
		String address = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256)
				+ "." + (1 + ThreadLocalRandom.current().nextInt(254));
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	public Fixture edition(int capacity, int workshopCapacity) {
		return edition(LocalDate.now().plusDays(30), capacity, workshopCapacity, null);
	}

	/**
	 * The mail to {@code address} whose subject contains {@code subject}, once it arrived. Mails to
	 * one address queued close together may arrive in either order.
	 */
	public static MailCatcher.CaughtMail mailAbout(MailCatcher mails, String address, String subject) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> mails.to(address).stream().filter(mail -> mail.subject().contains(subject)).findFirst(),
					Optional::isPresent)
			.orElseThrow();
	}

	/**
	 * Confirms a registration made through the public form as its visitor does: opens the link in
	 * the mail that asks to confirm and presses the button (docs/adr/0027). Returns the personal
	 * link's path.
	 */
	public static String confirmFromMail(org.springframework.test.web.servlet.MockMvc mvc, MailCatcher mails, String address)
			throws Exception {
		return confirmFromMail(mvc, mails, address, "Bevestig uw aanmelding");
	}

	/** As {@link #confirmFromMail(org.springframework.test.web.servlet.MockMvc, MailCatcher, String)}, for a mail with this subject (another language). */
	public static String confirmFromMail(org.springframework.test.web.servlet.MockMvc mvc, MailCatcher mails, String address,
			String subject) throws Exception {
		String text = mailAbout(mails, address, subject).text();
		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("http://localhost[^/\\s]*(/alliantiedagen/aanmelding/[A-Za-z0-9_-]{43})")
			.matcher(text);
		if (!link.find()) {
			throw new AssertionError("no personal link in " + text);
		}
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(link.group(1) + "/bevestigen")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(link.group(1)));
		return link.group(1);
	}
}
