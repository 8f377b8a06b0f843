package nl.alliantie.consultations;

import nl.alliantie.shared.time.DutchTime;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.TestLogins;
import nl.alliantie.consultations.invitations.Answer;
import nl.alliantie.consultations.invitations.Invitation;
import nl.alliantie.consultations.invitations.Invitations;
import nl.alliantie.consultations.planning.Consultation;
import nl.alliantie.consultations.planning.ConsultationStore;
import nl.alliantie.mail.Mailboxes;
import nl.alliantie.mail.OutboxRows;
import nl.alliantie.mail.catcher.MailCatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The calendar file travels with the mails: attached to the confirmation of a "ja" and the
 * reminder of those who come, attached to the notice of a change, and attached as a cancellation
 * (same UID, higher SEQUENCE, METHOD:CANCEL) when the consultation is cancelled.
 */
@AlliantieTest
class CalendarMailTest {

	static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestLogins logins;

	@Autowired
	ConsultationFixtures fixtures;

	@Autowired
	Invitations invitations;

	@Autowired
	ConsultationStore store;

	@Autowired
	MailCatcher mails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OutboxRows outbox;

	long invitationOf(long consultation, String email) {
		return jdbc.sql("select id from consultations_invitation where consultation_id = :c and email = :e")
			.param("c", consultation).param("e", email).query(Long.class).single();
	}

	String uidOf(long consultation) throws Exception {
		String ics = mvc.perform(get("/regio-overleggen/" + consultation + ".ics")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return event(parse(ics)).getUid().orElseThrow().getValue();
	}

	static String fileName(long consultation) {
		return "regio-overleg-" + consultation + ".ics";
	}

	/** The calendar attached to {@code mail}, parsed. */
	static Calendar attached(MailCatcher.CaughtMail mail, long consultation) throws Exception {
		MailCatcher.CaughtFile file = mail.file(fileName(consultation)).orElseThrow(
				() -> new AssertionError("no " + fileName(consultation) + " attached to " + mail.subject()));
		assertThat(file.contentType()).startsWithIgnoringCase("text/calendar");
		Calendar calendar = parse(file.text());
		assertThat(event(calendar).getProperties("DTSTAMP")).as("one DTSTAMP (RFC 5545)").hasSize(1);
		return calendar;
	}

	static Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	static VEvent event(Calendar calendar) {
		return (VEvent) calendar.getComponents("VEVENT").get(0);
	}

	static String method(Calendar calendar) {
		return calendar.getProperty("METHOD").orElseThrow().getValue();
	}

	static int sequence(Calendar calendar) {
		return event(calendar).getSequence().getSequenceNo();
	}

	@Test
	void theConfirmationOfAYesAndTheReminderOfThoseWhoComeCarryTheCalendarFile() throws Exception {
		long id = fixtures.planned("west", Duration.ofDays(30));
		String coming = ConsultationFixtures.unique("komt");
		String notComing = ConsultationFixtures.unique("nee");
		String quiet = ConsultationFixtures.unique("stil");
		for (String address : List.of(coming, notComing, quiet)) {
			invitations.invitePerson(id, "Gast " + address.substring(0, 4), address);
		}
		invitations.answer(invitationOf(id, coming), new Invitation.Reply(Answer.YES, "Fatima Amrani", coming, null, null,
				null), "/x");
		invitations.answer(invitationOf(id, notComing), new Invitation.Reply(Answer.NO, null, null, null, null, null), "/x");
		String uid = uidOf(id);

		MailCatcher.CaughtMail confirmation = Mailboxes.waitFor(mails, coming, 2).get(1);
		assertThat(confirmation.subject()).startsWith("Bevestiging");
		assertThat(confirmation.text()).contains("bijlage", "/regio-overleggen/" + id + ".ics");
		Calendar confirmed = attached(confirmation, id);
		assertThat(method(confirmed)).isEqualTo("PUBLISH");
		assertThat(event(confirmed).getUid().orElseThrow().getValue()).isEqualTo(uid);
		assertThat(event(confirmed).getProperty("ORGANIZER").orElseThrow().getValue()).startsWith("mailto:");
		assertThat(Mailboxes.waitFor(mails, notComing, 2).get(1).files()).as("no calendar for a no").isEmpty();
		assertThat(mails.to(coming).get(0).files()).as("the invitation carries only its link").isEmpty();

		fixtures.startsIn(id, Duration.ofDays(6));
		Consultation moved = store.find(id).orElseThrow();
		invitations.remind();
		MailCatcher.CaughtMail reminder = Mailboxes.waitFor(mails, coming, 3).get(2);
		assertThat(reminder.subject()).startsWith("Herinnering");
		Calendar reminded = attached(reminder, id);
		assertThat(event(reminded).getUid().orElseThrow().getValue()).isEqualTo(uid);
		assertThat(event(reminded).getProperty("DTSTART").orElseThrow().getValue())
			.isEqualTo(UTC.format(moved.startsAt()));
		MailCatcher.CaughtMail quietReminder = Mailboxes.waitFor(mails, quiet, 2).get(1);
		assertThat(quietReminder.subject()).startsWith("Herinnering");
		assertThat(quietReminder.files()).as("who did not reply is asked to, without a calendar file").isEmpty();
	}

	@Test
	void cancellingMailsEveryoneWhoMightComeOnceWithACalendarFileThatCancels() throws Exception {
		long id = fixtures.planned("noord", Duration.ofDays(30));
		String coming = ConsultationFixtures.unique("komt");
		String second = ConsultationFixtures.unique("tweede");
		String quiet = ConsultationFixtures.unique("stil");
		String notComing = ConsultationFixtures.unique("nee");
		for (String address : List.of(coming, quiet, notComing)) {
			invitations.invitePerson(id, "Gast " + address.substring(0, 4), address);
		}
		invitations.answer(invitationOf(id, coming), new Invitation.Reply(Answer.YES, "Henk de Vries", coming,
				"Ria Bakker", second, null), "/x");
		invitations.answer(invitationOf(id, notComing), new Invitation.Reply(Answer.NO, null, null, null, null, null), "/x");
		Calendar confirmed = attached(Mailboxes.waitFor(mails, coming, 2).get(1), id);
		Mailboxes.waitFor(mails, notComing, 2);

		var coordinator = logins.coordinator("noord");
		mvc.perform(post("/beheer/regio-overleggen/" + id + "/annuleren").with(coordinator).with(csrf()))
			.andExpect(redirectedUrl("/beheer/regio-overleggen/" + id + "?melding=geannuleerd"));
		// queued in the transaction of the cancellation: there as soon as the request is done
		assertThat(jdbc.sql("""
				select lower(recipient) from mail_outbox where purpose = 'consultation-cancelled' and object_id = :id
				order by 1""").param("id", Long.toString(id)).query(String.class).list())
			.containsExactlyInAnyOrder(coming, second, quiet);
		mvc.perform(post("/beheer/regio-overleggen/" + id + "/annuleren").with(coordinator).with(csrf()))
			.andExpect(redirectedUrl("/beheer/regio-overleggen/" + id + "?melding=geannuleerd"));
		assertThat(store.cancel(id)).as("cancelled once").isFalse();

		MailCatcher.CaughtMail toComing = Mailboxes.waitFor(mails, coming, 3).get(2);
		MailCatcher.CaughtMail toSecond = Mailboxes.waitFor(mails, second, 1).get(0);
		MailCatcher.CaughtMail toQuiet = Mailboxes.waitFor(mails, quiet, 2).get(1);
		for (MailCatcher.CaughtMail cancellation : List.of(toComing, toSecond, toQuiet)) {
			assertThat(cancellation.subject()).startsWith("Afgezegd: regio-overleg Noord");
			assertThat(cancellation.text()).contains("gaat niet door", "bijlage").doesNotContain("{");
			assertThat(cancellation.file(fileName(id)).orElseThrow().contentType()).containsIgnoringCase("method=CANCEL");
			Calendar cancelled = attached(cancellation, id);
			assertThat(method(cancelled)).isEqualTo("CANCEL");
			assertThat(event(cancelled).getUid().orElseThrow().getValue())
				.isEqualTo(event(confirmed).getUid().orElseThrow().getValue());
			assertThat(sequence(cancelled)).isGreaterThan(sequence(confirmed));
			assertThat(event(cancelled).getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
		}
		assertThat(toSecond.text()).contains("Beste Ria Bakker");

		assertThat(outbox.to(coming)).isEqualTo(3);
		assertThat(outbox.to(second)).isEqualTo(1);
		assertThat(outbox.to(quiet)).isEqualTo(2);
		assertThat(outbox.to(notComing)).as("who said no is left alone").isEqualTo(2);
		mvc.perform(get("/regio-overleggen/" + id)).andExpect(status().isOk());
	}

	@Test
	void aChangeOfDateOrPlaceMailsTheNewCalendarFileOncePerChange() throws Exception {
		long id = fixtures.planned("oost", Duration.ofDays(40));
		String coming = ConsultationFixtures.unique("komt");
		String quiet = ConsultationFixtures.unique("stil");
		String notComing = ConsultationFixtures.unique("nee");
		for (String address : List.of(coming, quiet, notComing)) {
			invitations.invitePerson(id, "Gast " + address.substring(0, 4), address);
		}
		invitations.answer(invitationOf(id, coming), new Invitation.Reply(Answer.YES, "Noor Jansen", coming, null, null,
				null), "/x");
		invitations.answer(invitationOf(id, notComing), new Invitation.Reply(Answer.NO, null, null, null, null, null), "/x");
		Calendar confirmed = attached(Mailboxes.waitFor(mails, coming, 2).get(1), id);
		Mailboxes.waitFor(mails, quiet, 1);
		Mailboxes.waitFor(mails, notComing, 2);

		var coordinator = logins.coordinator("oost");
		LocalDate day = LocalDate.now(DutchTime.ZONE).plusDays(45);
		for (String route : List.of("", "", "Bus 5 tot de halte Lindelaan.")) {
			// the second save changes nothing, the third only the route notes: neither is news
			mvc.perform(post("/beheer/regio-overleggen/" + id).param("regio", "oost").param("datum", day.toString())
				.param("begintijd", "14:00").param("eindtijd", "16:30").param("locatie", "Buurthuis De Linde")
				.param("adres", "Lindelaan 2, Deventer").param("route", route).param("onlineLink", "")
				.with(coordinator).with(csrf()))
				.andExpect(redirectedUrl("/beheer/regio-overleggen/" + id + "?melding=gewijzigd"));
		}

		MailCatcher.CaughtMail change = Mailboxes.waitFor(mails, coming, 3).get(2);
		assertThat(change.subject()).startsWith("Gewijzigd: regio-overleg Oost");
		assertThat(change.text()).contains("Buurthuis De Linde", "Lindelaan 2, Deventer", "14:00", "Stationsplein 1, Assen")
			.contains("/uitnodiging/").doesNotContain("{");
		Calendar changed = attached(change, id);
		assertThat(method(changed)).isEqualTo("PUBLISH");
		assertThat(event(changed).getUid().orElseThrow().getValue())
			.isEqualTo(event(confirmed).getUid().orElseThrow().getValue());
		assertThat(sequence(changed)).isGreaterThan(sequence(confirmed));
		assertThat(event(changed).getProperty("DTSTART").orElseThrow().getValue())
			.isEqualTo(UTC.format(day.atTime(LocalTime.of(14, 0)).atZone(DutchTime.ZONE)));
		assertThat(event(changed).getProperty("LOCATION").orElseThrow().getValue()).contains("Buurthuis De Linde");

		MailCatcher.CaughtMail toQuiet = Mailboxes.waitFor(mails, quiet, 2).get(1);
		assertThat(toQuiet.subject()).startsWith("Gewijzigd");
		assertThat(toQuiet.text()).contains("nog geen antwoord", "Buurthuis De Linde");
		assertThat(toQuiet.files()).isEmpty();
		mvc.perform(get(ConsultationsTest.linkIn(toQuiet.text()))).andExpect(status().isOk());

		assertThat(outbox.to(coming)).isEqualTo(3);
		assertThat(outbox.to(quiet)).isEqualTo(2);
		assertThat(outbox.to(notComing)).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from mail_outbox where purpose = 'consultation-changed' and object_id like :id")
			.param("id", id + "-%").query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aMeetingMovedAfterItsReminderIsRemindedAgainAWeekBeforeTheNewDate() throws Exception {
		long id = fixtures.planned("zuid", Duration.ofDays(5));
		String coming = ConsultationFixtures.unique("komt");
		invitations.invitePerson(id, "Sanne Peters", coming);
		invitations.answer(invitationOf(id, coming), new Invitation.Reply(Answer.YES, "Sanne Peters", coming, null, null,
				null), "/x");
		invitations.remind();
		assertThat(Mailboxes.waitFor(mails, coming, 3).get(2).subject()).startsWith("Herinnering");

		LocalDate day = LocalDate.now(DutchTime.ZONE).plusDays(30);
		mvc.perform(post("/beheer/regio-overleggen/" + id).param("regio", "zuid").param("datum", day.toString())
			.param("begintijd", "10:00").param("eindtijd", "12:30").param("locatie", "Wijkhuis Het Anker")
			.param("adres", "Ankerstraat 9, Tilburg").param("route", "").param("onlineLink", "")
			.with(logins.coordinator("zuid")).with(csrf()))
			.andExpect(redirectedUrl("/beheer/regio-overleggen/" + id + "?melding=gewijzigd"));
		assertThat(Mailboxes.waitFor(mails, coming, 4).get(3).subject()).startsWith("Gewijzigd");
		invitations.remind();
		assertThat(outbox.to(coming)).as("no reminder three weeks ahead").isEqualTo(4);

		fixtures.startsIn(id, Duration.ofDays(6));
		invitations.remind();
		invitations.remind();
		MailCatcher.CaughtMail again = Mailboxes.waitFor(mails, coming, 5).get(4);
		assertThat(again.subject()).startsWith("Herinnering");
		assertThat(again.text()).contains("Wijkhuis Het Anker");
		attached(again, id);
		assertThat(outbox.to(coming)).isEqualTo(5);
	}
}
