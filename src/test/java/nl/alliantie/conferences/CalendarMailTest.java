package nl.alliantie.conferences;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.conferences.editions.Days;
import nl.alliantie.conferences.registrations.CalendarFiles;
import nl.alliantie.conferences.registrations.DayChanges;
import nl.alliantie.conferences.registrations.Registrations;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.OutboxRows;
import nl.alliantie.mail.catcher.MailCatcher;
import nl.alliantie.mail.catcher.MailCatcher.CaughtMail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar file in the mail: attached to the confirmation, sent again with a higher SEQUENCE
 * once per change of the day's date, time or place; and the mails of cancelling.
 */
@AlliantieTest
class CalendarMailTest {

	static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	@Autowired
	MockMvc mvc;

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	Registrations registrations;

	@Autowired
	DayChanges dayChanges;

	@Autowired
	Days days;

	@Autowired
	MailCatcher mails;

	@Autowired
	OutboxRows outbox;

	@Test
	void theConfirmationCarriesTheDaysCalendarFile() throws Exception {
		LocalDate date = LocalDate.now().plusDays(40);
		var fixture = fixtures.edition(date, 1, 10, null);
		String anna = address("anna");
		String bert = address("bert");
		register(fixture, anna);
		register(fixture, bert);

		CaughtMail confirmation = ConferenceFixtures.mailAbout(mails, anna, "U bent aangemeld");
		assertThat(confirmation.subject()).startsWith("U bent aangemeld");
		String filename = "alliantiedag-" + fixture.year() + "-" + fixture.dayNumber() + ".ics";
		var file = confirmation.file(filename).orElseThrow();
		assertThat(file.contentType()).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(file.text()));
		assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
		VEvent event = event(file.text());
		assertThat(file.text().split("DTSTAMP", -1)).as("one DTSTAMP").hasSize(2);
		assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(CalendarFiles.uid(fixture.dayId()));
		assertThat(event.getSequence().getSequenceNo()).isZero();
		assertThat(start(event)).isEqualTo(date.atTime(10, 0).atZone(AMSTERDAM));
		assertThat(end(event)).isEqualTo(date.atTime(15, 30).atZone(AMSTERDAM));
		assertThat(event.getLocation().getValue()).isEqualTo("De Hanzehof, Coehoornsingel 1, Zutphen");
		assertThat(event.getSummary().getValue()).contains("Zutphen").contains("Groeien in kracht " + fixture.year());
		assertThat(confirmation.text()).contains("bijlage");

		// the day was full for the second: no place, so no calendar file yet
		CaughtMail waiting = ConferenceFixtures.mailAbout(mails, bert, "U staat op de wachtlijst");
		assertThat(waiting.subject()).startsWith("U staat op de wachtlijst");
		assertThat(waiting.files()).isEmpty();
	}

	@Test
	void aChangeOfTimeOrPlaceMailsEveryRegistrantOnceWithAHigherSequence() throws Exception {
		LocalDate date = LocalDate.now().plusDays(50);
		var fixture = fixtures.edition(date, 1, 10, null);
		String anna = address("anna");
		String bert = address("bert");
		register(fixture, anna);
		register(fixture, bert);
		// each has the mail that asked to confirm and the confirmation
		Mailboxes.waitFor(mails, anna, 2);
		Mailboxes.waitFor(mails, bert, 2);

		// another venue: one mail each, the new file for the one with a place
		var outcome = dayChanges.change(fixture.dayId(),
				new DayChanges.Change(date, "Zutphen", "Het Gildehuis", "Markt 5", null, 1));
		assertThat(outcome.saved()).isTrue();
		assertThat(outcome.mailed()).isEqualTo(2);
		CaughtMail changed = Mailboxes.waitFor(mails, anna, 3).get(2);
		assertThat(changed.subject()).isEqualTo("Gewijzigd: Alliantiedag " + fixture.year() + " in Zutphen");
		assertThat(changed.text()).contains("Het Gildehuis, Markt 5, Zutphen").contains("10:00–15:30");
		VEvent moved = event(changed.file("alliantiedag-" + fixture.year() + "-" + fixture.dayNumber() + ".ics").orElseThrow().text());
		assertThat(moved.getUid().orElseThrow().getValue()).isEqualTo(CalendarFiles.uid(fixture.dayId()));
		assertThat(moved.getSequence().getSequenceNo()).isEqualTo(1);
		assertThat(moved.getLocation().getValue()).isEqualTo("Het Gildehuis, Markt 5, Zutphen");
		CaughtMail waitingToo = Mailboxes.waitFor(mails, bert, 3).get(2);
		assertThat(waitingToo.text()).contains("wachtlijst").contains("Het Gildehuis");
		assertThat(waitingToo.files()).isEmpty();

		// saving the same again changes nothing a calendar shows: no mail
		assertThat(dayChanges.change(fixture.dayId(),
				new DayChanges.Change(date, "Zutphen", "Het Gildehuis", "Markt 5", "oost", 1)).mailed()).isZero();

		// another date: SEQUENCE 2, and a block before the opening moves the start: SEQUENCE 3
		dayChanges.change(fixture.dayId(), new DayChanges.Change(date.plusDays(1), "Zutphen", "Het Gildehuis", "Markt 5", "oost", 1));
		VEvent later = event(Mailboxes.waitFor(mails, anna, 4).get(3).files().get(0).text());
		assertThat(later.getSequence().getSequenceNo()).isEqualTo(2);
		assertThat(start(later)).isEqualTo(date.plusDays(1).atTime(10, 0).atZone(AMSTERDAM));
		assertThat(dayChanges.addBlock(fixture.editionId(), "opening", "Inloop met koffie", LocalTime.of(9, 30), LocalTime.of(10, 0))).isEqualTo(2);
		VEvent earlier = event(Mailboxes.waitFor(mails, anna, 5).get(4).files().get(0).text());
		assertThat(earlier.getSequence().getSequenceNo()).isEqualTo(3);
		assertThat(start(earlier)).isEqualTo(date.plusDays(1).atTime(9, 30).atZone(AMSTERDAM));

		// the public file is the same event at the same sequence
		String published = mvc.perform(get(fixture.dayPath() + "/agenda.ics")).andReturn().getResponse().getContentAsString();
		assertThat(event(published).getSequence().getSequenceNo()).isEqualTo(3);

		assertThat(outbox.to(anna)).isEqualTo(5);
		assertThat(outbox.to(bert)).isEqualTo(5);
	}

	@Test
	void cancellingThroughTheLinkSendsAShortConfirmation() throws Exception {
		var fixture = fixtures.edition(50, 10);
		String anna = address("anna");
		var registered = registrations.register(new Registrations.Request(fixture.dayId(), "Anna de Wit", anna, "", null,
				null, "", ""));
		Mailboxes.waitFor(mails, anna, 1);
		mvc.perform(post("/alliantiedagen/aanmelding/" + registered.token() + "/afmelden").with(csrf()))
			.andExpect(status().is3xxRedirection());
		CaughtMail cancelled = Mailboxes.waitFor(mails, anna, 2).get(1);
		assertThat(cancelled.subject()).isEqualTo("U hebt afgezegd voor de Alliantiedag " + fixture.year() + " in Zutphen");
		assertThat(cancelled.text()).contains("Beste Anna de Wit").contains("Haal hem er dan uit");
		// a second click sends nothing more
		mvc.perform(post("/alliantiedagen/aanmelding/" + registered.token() + "/afmelden").with(csrf()));
		assertThat(outbox.to(anna)).isEqualTo(2);
	}

	@Test
	void aDayThatDoesNotGoAheadTellsEveryoneAndDisappears() throws Exception {
		var fixture = fixtures.edition(1, 10);
		String anna = address("anna");
		String bert = address("bert");
		register(fixture, anna);
		register(fixture, bert);
		assertThat(dayChanges.cancel(fixture.dayId(), "De zaal is afgebrand.")).isEqualTo(2);
		for (String address : List.of(anna, bert)) {
			CaughtMail mail = ConferenceFixtures.mailAbout(mails, address, "gaat niet door");
			assertThat(mail.subject()).isEqualTo("De Alliantiedag " + fixture.year() + " in Zutphen gaat niet door");
			assertThat(mail.text()).contains("De zaal is afgebrand.").contains(fixture.editionPath());
		}
		assertThat(days.dayById(fixture.dayId())).isEmpty();
		mvc.perform(get(fixture.dayPath())).andExpect(status().isNotFound());

		var past = fixtures.edition(LocalDate.now().minusDays(2), 10, 10, null);
		assertThat(dayChanges.cancel(past.dayId(), "")).isEqualTo(-1);
		assertThat(days.dayById(past.dayId())).isPresent();
	}

	private void register(ConferenceFixtures.Fixture fixture, String email) throws Exception {
		mvc.perform(post(fixture.editionPath() + "/aanmelden").with(csrf()).with(ConferenceFixtures.ownNetwork())
				.param("dag", String.valueOf(fixture.dayId()))
				.param("naam", "Deelnemer " + email.substring(0, 4))
				.param("email", email)
				.param("werkgroep1", String.valueOf(fixture.workshops().get(0)))
				.param("toestemming", "true"))
			.andExpect(status().is3xxRedirection());
		ConferenceFixtures.confirmFromMail(mvc, mails, email);
	}

	private static VEvent event(String ics) throws Exception {
		return (VEvent) new CalendarBuilder().build(new StringReader(ics)).getComponent("VEVENT").orElseThrow();
	}

	private static ZonedDateTime start(VEvent event) {
		return at(event.getDateTimeStart().getDate());
	}

	private static ZonedDateTime end(VEvent event) {
		return at(event.getDateTimeEnd().getDate());
	}

	private static ZonedDateTime at(Temporal temporal) {
		return java.time.Instant.from(temporal).atZone(AMSTERDAM);
	}

	private static String address(String name) {
		return name + "-" + UUID.randomUUID() + "@test.alliantie.local";
	}
}
