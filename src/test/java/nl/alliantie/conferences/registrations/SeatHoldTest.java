package nl.alliantie.conferences.registrations;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionOperations;

import nl.alliantie.AlliantieTest;
import nl.alliantie.conferences.ConferenceFixtures;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.catcher.MailCatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18 item 8, the seat hold (docs/adr/0027): a registration through the public form holds its
 * place until the link mailed to its address is confirmed; invented addresses never confirm, so
 * their holds lapse and free the places. The clock is moved by giving {@link Holds} a later one.
 */
@AlliantieTest
class SeatHoldTest {

	static final Pattern LINK = Pattern.compile("http://localhost[^/\\s]*(/alliantiedagen/aanmelding/[A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	Registrations registrations;

	@Autowired
	WaitingLists waitingLists;

	@Autowired
	TransactionOperations transactions;

	@Autowired
	Holds holds;

	@Autowired
	Clock clock;

	@Autowired
	MailCatcher mails;

	@Autowired
	JdbcClient jdbc;

	/** The holds as the scheduled job sees them {@code minutes} from now. */
	Holds after(long minutes) {
		return new Holds(jdbc, waitingLists, transactions, Clock.offset(clock, Duration.ofMinutes(minutes)), holds.hold());
	}

	@Test
	void twoHundredInventedAddressesFromManyNetworksHoldNoMoreThanTheSeatsAndTheHoldsLapse() throws Exception {
		var fixture = fixtures.edition(150, 30);
		String run = UUID.randomUUID().toString().substring(0, 8);
		int network = ThreadLocalRandom.current().nextInt(256);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<MockHttpServletResponse>> posts = new ArrayList<>();
		// six at a time: each post holds a connection while it waits for the day's lock and writes its
		// session (the flash) after it, and the outbox sends the mails meanwhile; the pool holds 12, and a
		// post that waits 3 s for a connection gets the 503 page instead of racing for the lock
		try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
			for (int i = 0; i < 200; i++) {
				int n = i;
				posts.add(pool.submit(() -> {
					start.await();
					// every post from a network of its own: the limits per network do not stop them
					String address = "10." + network + "." + n + ".9";
					return mvc.perform(form(fixture, "Script " + n, "script" + n + "-" + run + "@test.alliantie.local")
							.with(request -> {
								request.setRemoteAddr(address);
								return request;
							}))
						.andReturn().getResponse();
				}));
			}
			start.countDown();
		}
		for (Future<MockHttpServletResponse> post : posts) {
			assertThat(post.get().getStatus()).isEqualTo(302);
			// the personal link is only in the mail, never in the answer
			assertThat(post.get().getRedirectedUrl()).isEqualTo("/alliantiedagen/aanmelding/verstuurd");
		}
		assertThat(taken(fixture.dayId())).isEqualTo(150);
		assertThat(count("select count(*) from conferences_registration where day_id = :day and status = 'registered' and confirmed_at is null and held_until is not null", fixture.dayId()))
			.isEqualTo(150);
		assertThat(count("select count(*) from conferences_registration where day_id = :day and status = 'waiting' and confirmed_at is null", fixture.dayId()))
			.isEqualTo(50);

		assertThat(after(29).releaseLapsed(fixture.dayId())).as("held for 30 minutes").isZero();
		assertThat(taken(fixture.dayId())).isEqualTo(150);
		assertThat(after(31).releaseLapsed(fixture.dayId())).isEqualTo(200);
		assertThat(taken(fixture.dayId())).as("every place free again").isZero();
		assertThat(count("select count(*) from conferences_registration where day_id = :day and status = 'cancelled' and lapsed_at is not null", fixture.dayId()))
			.isEqualTo(200);
		assertThat(count("select coalesce(sum(taken), 0) from conferences_session where day_id = :day", fixture.dayId()))
			.as("and every workshop place").isZero();
		assertThat(after(32).releaseLapsed(fixture.dayId())).as("freed once").isZero();
		// a real person gets a place at once
		String person = "echt-" + run + "@test.alliantie.local";
		mvc.perform(form(fixture, "Echt Iemand", person).with(ConferenceFixtures.ownNetwork()))
			.andExpect(redirectedUrl("/alliantiedagen/aanmelding/verstuurd"));
		assertThat(taken(fixture.dayId())).isEqualTo(1);
	}

	@Test
	void confirmingTheMailedLinkGivesTheSeat() throws Exception {
		var fixture = fixtures.edition(2, 10);
		String email = "bevestig-" + UUID.randomUUID().toString().substring(0, 8) + "@test.alliantie.local";
		MockHttpServletResponse registered = mvc.perform(form(fixture, "Bea Bevestig", email).with(ConferenceFixtures.ownNetwork()))
			.andExpect(redirectedUrl("/alliantiedagen/aanmelding/verstuurd"))
			.andExpect(flash().attribute("sentTo", email))
			.andReturn().getResponse();
		// the address travels in the session: the browser sends its cookie back
		mvc.perform(get("/alliantiedagen/aanmelding/verstuurd").cookie(registered.getCookies()))
			.andExpect(content().string(allOf(containsString("Wij hebben een e-mail gestuurd naar " + email),
					containsString("Wij houden uw plaats 30 minuten vast"))));
		var hold = Mailboxes.waitFor(mails, email, 1).get(0);
		assertThat(hold.subject()).startsWith("Bevestig uw aanmelding");
		assertThat(hold.files()).as("no calendar before the place is theirs").isEmpty();
		String link = link(hold.text());

		mvc.perform(get(link))
			.andExpect(content().string(allOf(containsString("Wij houden uw plaats vast tot"),
					containsString("Aanmelding bevestigen"), containsString("nog niet bevestigd"))));
		mvc.perform(post(link + "/bevestigen").with(csrf()))
			.andExpect(redirectedUrl(link))
			.andExpect(flash().attribute("notice", "conferences.registration.notice.confirmed"));
		assertThat(count("select count(*) from conferences_registration where day_id = :day and status = 'registered' and confirmed_at is not null and held_until is null", fixture.dayId()))
			.isEqualTo(1);
		var confirmation = Mailboxes.waitFor(mails, email, 2).get(1);
		assertThat(confirmation.subject()).startsWith("U bent aangemeld");
		assertThat(confirmation.files()).as("the calendar file").hasSize(1);
		mvc.perform(get(link)).andExpect(content().string(not(containsString("Aanmelding bevestigen"))));
		// a confirmed place does not lapse
		assertThat(after(60).releaseLapsed(fixture.dayId())).isZero();
		assertThat(taken(fixture.dayId())).isEqualTo(1);
		// confirming again changes nothing and mails nothing more
		mvc.perform(post(link + "/bevestigen").with(csrf()))
			.andExpect(flash().attribute("notice", "conferences.registration.notice.confirmed"));
		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = :to").param("to", email).query(Integer.class).single())
			.isEqualTo(2);
	}

	@Test
	void confirmingALapsedHoldGivesTheWaitingListWhenTheDayFilledMeanwhileAndOnlyConfirmedPeopleMoveUp() throws Exception {
		var fixture = fixtures.edition(1, 10);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String late = "laat-" + run + "@test.alliantie.local";
		mvc.perform(form(fixture, "Laat Bevestigd", late).with(ConferenceFixtures.ownNetwork()));
		String link = link(Mailboxes.waitFor(mails, late, 1).get(0).text());
		assertThat(after(31).releaseLapsed(fixture.dayId())).isEqualTo(1);
		mvc.perform(get(link)).andExpect(content().string(allOf(containsString("Verlopen: niet op tijd bevestigd"),
				containsString("U hebt uw aanmelding niet op tijd bevestigd"), containsString("Aanmelding bevestigen"))));

		// meanwhile someone else takes the only place, and an unconfirmed person waits
		var other = registrations.register(new Registrations.Request(fixture.dayId(), "Snel", "snel-" + run + "@test.alliantie.local",
				"", null, null, "", ""));
		String unconfirmed = "wacht-" + run + "@test.alliantie.local";
		mvc.perform(form(fixture, "Wacht Onbevestigd", unconfirmed).with(ConferenceFixtures.ownNetwork()));
		assertThat(Mailboxes.waitFor(mails, unconfirmed, 1).get(0).subject()).contains("wachtlijst");

		MockHttpServletResponse confirmed = mvc.perform(post(link + "/bevestigen").with(csrf()))
			.andExpect(flash().attribute("notice", "conferences.registration.notice.confirmedWaiting"))
			.andReturn().getResponse();
		mvc.perform(get(link).cookie(confirmed.getCookies()))
			.andExpect(content().string(allOf(containsString("De dag is vol: u staat op de wachtlijst"),
					containsString("Op de wachtlijst"))));

		// the place frees up: it goes to the confirmed person, though the unconfirmed one came earlier
		registrations.cancel(other.id());
		assertThat(status(late)).isEqualTo("registered");
		assertThat(status(unconfirmed)).isEqualTo("waiting");
		assertThat(taken(fixture.dayId())).isEqualTo(1);
	}

	private String status(String email) {
		return jdbc.sql("select status from conferences_registration where lower(email) = :email and status <> 'cancelled'")
			.param("email", email.toLowerCase())
			.query(String.class)
			.single();
	}

	private static String link(String text) {
		Matcher matcher = LINK.matcher(text);
		assertThat(matcher.find()).as("a personal link in %s", text).isTrue();
		return matcher.group(1);
	}

	private int taken(long dayId) {
		return count("select taken from conferences_day where id = :day", dayId);
	}

	private int count(String sql, long dayId) {
		return jdbc.sql(sql).param("day", dayId).query(Integer.class).single();
	}

	private static MockHttpServletRequestBuilder form(ConferenceFixtures.Fixture fixture, String name, String email) {
		return post(fixture.editionPath() + "/aanmelden").with(csrf())
			.param("dag", String.valueOf(fixture.dayId()))
			.param("naam", name)
			.param("email", email)
			.param("werkgroep1", String.valueOf(fixture.workshops().get(0)))
			.param("toestemming", "true");
	}
}
