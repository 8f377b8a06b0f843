package nl.alliantie.events;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.conferences.ConferenceFixtures;
import nl.alliantie.events.announcing.EventStore;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.OutboxRows;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.mail.catcher.MailCatcher.CaughtMail;
import nl.alliantie.network.PersonId;
import nl.alliantie.network.people.People;
import nl.alliantie.network.privacy.Dossier;
import nl.alliantie.shared.events.EventsHeard;
import nl.alliantie.shared.retention.RetentionJob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One-off events: announced by the secretariat, registered for without an account through the
 * conferences module's registration (docs/adr/0031) — held until the mailed link is confirmed, a
 * waiting list when full, cancelled through the personal link, told of a change and of the event
 * being cancelled with the calendar file (parsed back with ical4j), in the calendar and its feed;
 * the registrants erased with the person and after the retention period.
 */
@AlliantieTest
class EventsTest {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	EventFixtures fixtures;

	@Autowired
	EventStore store;

	@Autowired
	MailCatcher mails;

	@Autowired
	OutboxRows outbox;

	@Autowired
	EventsHeard heard;

	@Autowired
	People people;

	@Autowired
	Dossier dossier;

	@Autowired
	List<RetentionJob> retention;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecretariatAnnouncesAndAVisitorRegistersConfirmsAndGetsTheCalendarFile() throws Exception {
		LocalDate date = LocalDate.now().plusDays(30);
		String title = "Landelijk symposium " + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post("/beheer/bijeenkomsten").with(logins.secretariat()).with(csrf())
				.param("soort", "symposium").param("titel", title).param("datum", date.toString())
				.param("begintijd", "10:00").param("eindtijd", "16:30").param("locatie", "Jaarbeurs")
				.param("adres", "Jaarbeursplein 6").param("plaats", "Utrecht").param("regio", "")
				.param("programma", "## Programma\n\n- Opening door de voorzitter\n- <script>alert(1)</script>")
				.param("capaciteit", "2").param("sluitdatum", date.minusDays(2).toString()))
			.andExpect(status().is3xxRedirection());
		long id = jdbc.sql("select id from events_event where title = :t").param("t", title).query(Long.class).single();

		String list = mvc.perform(get("/bijeenkomsten")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(list).select("a[href=/bijeenkomsten/" + id + "]").text()).isEqualTo(title);
		var page = Jsoup.parse(mvc.perform(get("/bijeenkomsten/" + id)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString());
		assertThat(page.select(".event-program li").eachText()).contains("Opening door de voorzitter");
		assertThat(page.select(".event-program script")).as("the program goes through the sanitising renderer").isEmpty();
		assertThat(page.text()).contains("Nog 2 plaatsen vrij");

		String anna = address("anna");
		register(id, anna, "Anna de Wit", "en");
		CaughtMail hold = ConferenceFixtures.mailAbout(mails, anna, "Confirm your registration");
		assertThat(hold.subject()).isEqualTo("Confirm your registration for " + title);
		assertThat(hold.files()).isEmpty();
		String personal = confirm(anna, "Confirm your registration");
		CaughtMail confirmation = ConferenceFixtures.mailAbout(mails, anna, "You are registered");
		assertThat(confirmation.subject()).isEqualTo("You are registered for " + title);
		VEvent event = event(confirmation.file("bijeenkomsten-" + id + ".ics").orElseThrow().text());
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo("bijeenkomst-" + id + "@alliantie");
		assertThat(event.getSequence().getSequenceNo()).isZero();
		assertThat(java.time.Instant.from(event.getDateTimeStart().getDate()).atZone(AMSTERDAM))
			.isEqualTo(date.atTime(10, 0).atZone(AMSTERDAM));
		assertThat(event.getLocation().getValue()).isEqualTo("Jaarbeurs, Jaarbeursplein 6, Utrecht");
		assertThat(event.getSummary().getValue()).isEqualTo(title);

		// the page's file is the same event; the personal page is the conferences module's
		VEvent download = event(mvc.perform(get("/bijeenkomsten/" + id + "/agenda.ics")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString());
		assertThat(download.getUid().orElseThrow().getValue()).isEqualTo("bijeenkomst-" + id + "@alliantie");
		String mine = mvc.perform(get(personal)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(mine).text()).contains(title).contains("Aangemeld").doesNotContain("Werkgroep");

		// in the calendar and its feed, as an event
		String feed = mvc.perform(get("/agenda.ics")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(feed).contains("UID:bijeenkomst-" + id + "@alliantie");
		heard.await();
		assertThat(outbox.to(anna)).isEqualTo(2);
	}

	@Test
	void aFullEventHasAWaitingListAndAFreedPlaceGoesToTheFirstWaiting() throws Exception {
		long id = fixtures.symposium(LocalDate.now().plusDays(20), 1);
		String anna = address("anna");
		String bert = address("bert");
		register(id, anna, "Anna", "nl");
		String annasLink = confirm(anna, "Bevestig uw aanmelding");
		register(id, bert, "Bert", "nl");
		assertThat(ConferenceFixtures.mailAbout(mails, bert, "wachtlijst").subject())
			.isEqualTo("Bevestig uw aanmelding voor de wachtlijst van " + title(id));
		confirm(bert, "Bevestig uw aanmelding");
		assertThat(ConferenceFixtures.mailAbout(mails, bert, "U staat op de wachtlijst").files()).isEmpty();
		assertThat(Jsoup.parse(mvc.perform(get("/bijeenkomsten/" + id)).andReturn().getResponse().getContentAsString()).text())
			.contains("Vol: u kunt op de wachtlijst");

		// the same address again: refused beside the address field
		String again = mvc.perform(post("/bijeenkomsten/" + id + "/aanmelden").with(csrf()).with(ConferenceFixtures.ownNetwork())
				.param("naam", "Anna").param("email", anna).param("toestemming", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(again).select("#email-error").text()).contains("al aangemeld");
		assertThat(Jsoup.parse(again).select("#naam").val()).isEqualTo("Anna");

		mvc.perform(post(annasLink + "/afmelden").with(csrf())).andExpect(redirectedUrl(annasLink));
		CaughtMail promoted = ConferenceFixtures.mailAbout(mails, bert, "Er is een plaats voor u");
		assertThat(promoted.file("bijeenkomsten-" + id + ".ics")).isPresent();
		assertThat(ConferenceFixtures.mailAbout(mails, anna, "U hebt afgezegd").subject()).isEqualTo("U hebt afgezegd voor " + title(id));
		heard.await();
		assertThat(outbox.to(anna)).isEqualTo(3);
		assertThat(outbox.to(bert)).isEqualTo(3);
	}

	@Test
	void aChangeIsMailedOnceWithAHigherSequenceAndACancellationMarksItCancelled() throws Exception {
		LocalDate date = LocalDate.now().plusDays(25);
		String title = "Werkbijeenkomst " + UUID.randomUUID().toString().substring(0, 6);
		long id = store.announce(EventFixtures.draft(title, date, 10, "oost"));
		String anna = address("anna");
		register(id, anna, "Anna", "nl");
		confirm(anna, "Bevestig uw aanmelding");
		Mailboxes.waitFor(mails, anna, 2);

		// later in the afternoon: one mail, SEQUENCE 1
		var changed = store.change(id, new EventStore.Draft(EventKind.WORKING_MEETING, title, date, LocalTime.of(13, 0),
				LocalTime.of(17, 0), "Jaarbeurs", "Jaarbeursplein 6", "Utrecht", "oost", "", 10, date.minusDays(1)));
		assertThat(changed.mailed()).isEqualTo(1);
		CaughtMail mail = ConferenceFixtures.mailAbout(mails, anna, "Gewijzigd");
		assertThat(mail.subject()).isEqualTo("Gewijzigd: " + title);
		assertThat(mail.text()).contains("13:00–17:00");
		assertThat(event(mail.file("bijeenkomsten-" + id + ".ics").orElseThrow().text()).getSequence().getSequenceNo()).isEqualTo(1);
		// the same again, and a new program only: nothing a calendar shows, no mail
		assertThat(store.change(id, new EventStore.Draft(EventKind.WORKING_MEETING, title, date, LocalTime.of(13, 0),
				LocalTime.of(17, 0), "Jaarbeurs", "Jaarbeursplein 6", "Utrecht", "oost", "Nieuw programma", 10,
				date.minusDays(1))).mailed()).isZero();
		// fewer places than people registered: refused beside its field
		String refused = mvc.perform(post("/beheer/bijeenkomsten/" + id).with(logins.secretariat()).with(csrf())
				.param("soort", "working_meeting").param("titel", title).param("datum", date.toString())
				.param("begintijd", "13:00").param("eindtijd", "17:00").param("locatie", "Jaarbeurs")
				.param("adres", "Jaarbeursplein 6").param("plaats", "Utrecht").param("regio", "oost")
				.param("programma", "").param("capaciteit", "0").param("sluitdatum", date.minusDays(1).toString()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(refused).select("#capaciteit-error").text()).isNotEmpty();

		// cancelled: a mail with the file marked cancelled; the feed keeps it as cancelled; no more registering
		mvc.perform(post("/beheer/bijeenkomsten/" + id + "/afgelasten").with(logins.secretariat()).with(csrf())
				.param("bericht", "De zaal is niet beschikbaar."))
			.andExpect(redirectedUrl("/beheer/bijeenkomsten/" + id));
		CaughtMail cancelled = ConferenceFixtures.mailAbout(mails, anna, "gaat niet door");
		assertThat(cancelled.subject()).isEqualTo(title + " gaat niet door");
		assertThat(cancelled.text()).contains("De zaal is niet beschikbaar.").contains("/bijeenkomsten/" + id);
		String ics = cancelled.file("bijeenkomsten-" + id + ".ics").orElseThrow().text();
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("CANCEL");
		VEvent gone = event(ics);
		assertThat(gone.getStatus().getValue()).isEqualTo("CANCELLED");
		assertThat(gone.getSequence().getSequenceNo()).isEqualTo(2);
		String regional = mvc.perform(get("/agenda/oost.ics")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		VEvent inFeed = new CalendarBuilder().build(new StringReader(regional)).getComponents("VEVENT").stream()
			.map(VEvent.class::cast)
			.filter(e -> e.getUid().orElseThrow().getValue().equals("bijeenkomst-" + id + "@alliantie"))
			.findFirst().orElseThrow();
		assertThat(inFeed.getStatus().getValue()).isEqualTo("CANCELLED");
		String closed = mvc.perform(post("/bijeenkomsten/" + id + "/aanmelden").with(csrf()).with(ConferenceFixtures.ownNetwork())
				.param("naam", "Carla").param("email", address("carla")).param("toestemming", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(Jsoup.parse(closed).text()).contains("Aanmelden kan niet");
		// cancelling twice mails nobody again
		assertThat(store.cancel(id, "")).isZero();
		heard.await();
		assertThat(outbox.to(anna)).isEqualTo(4);
	}

	@Test
	void registrantsAreInTheirOwnDataAndErasedWithThePersonAndAfterTheRetentionPeriod() throws Exception {
		long id = fixtures.symposium(LocalDate.now().plusDays(15), 10);
		String wilma = address("wilma");
		register(id, wilma, "Wilma Wisser", "nl");
		confirm(wilma, "Bevestig uw aanmelding");
		String karel = address("karel");
		register(id, karel, "Karel Kort", "nl");
		PersonId person = people.findOrCreate("Wilma Wisser", wilma, null, "test");

		var kept = dossier.of(person.value()).orElseThrow().elsewhere();
		assertThat(kept).anySatisfy(k -> {
			assertThat(k.kind()).isEqualTo("conferences.mydata.registration");
			assertThat(k.text()).contains(title(id)).contains("Wilma Wisser");
			assertThat(k.href()).isEqualTo("/bijeenkomsten/" + id);
		});

		people.erase(person, "test");
		heard.await();
		assertThat(jdbc.sql("select count(*) from conferences_registration where lower(email) = lower(:e)").param("e", wilma)
			.query(Integer.class).single()).isZero();

		// a year and more after the event, the other registrant is forgotten too
		RetentionJob job = retention.stream().filter(r -> r.name().equals("conferences-registrations")).findFirst().orElseThrow();
		job.apply(Clock.offset(Clock.system(AMSTERDAM), Duration.ofDays(400)));
		assertThat(jdbc.sql("select name from conferences_registration r join events_event e on e.occasion_id = r.day_id where e.id = :id")
			.param("id", id).query(String.class).list()).containsOnly("Gewiste persoon");
	}

	private void register(long id, String email, String name, String language) throws Exception {
		mvc.perform(post("/bijeenkomsten/" + id + "/aanmelden").with(csrf()).with(ConferenceFixtures.ownNetwork())
				.cookie(new jakarta.servlet.http.Cookie("alliantie-taal", language))
				.param("naam", name).param("email", email).param("organisatie", "Buurtgroep").param("toestemming", "true"))
			.andExpect(redirectedUrl("/bijeenkomsten/aanmelding/verstuurd"));
	}

	/** Opens the link in the mail that asks to confirm and presses the button; the personal page's path. */
	private String confirm(String email, String subject) throws Exception {
		String text = ConferenceFixtures.mailAbout(mails, email, subject).text();
		Matcher link = Pattern.compile("http://localhost[^/\\s]*(/aanmelding/[A-Za-z0-9_-]{43})").matcher(text);
		assertThat(link.find()).as("personal link in " + text).isTrue();
		mvc.perform(post(link.group(1) + "/bevestigen").with(csrf())).andExpect(redirectedUrl(link.group(1)));
		return link.group(1);
	}

	private String title(long id) {
		return store.find(id).orElseThrow().title();
	}

	private static VEvent event(String ics) throws Exception {
		return (VEvent) new CalendarBuilder().build(new StringReader(ics)).getComponent("VEVENT").orElseThrow();
	}

	private static String address(String name) {
		return name + "-" + UUID.randomUUID() + "@test.alliantie.local";
	}
}
