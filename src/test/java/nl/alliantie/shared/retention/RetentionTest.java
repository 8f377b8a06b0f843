package nl.alliantie.shared.retention;

import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.conferences.ConferenceFixtures;
import nl.alliantie.conferences.registrations.Registrations;
import nl.alliantie.consultations.ConsultationFixtures;
import nl.alliantie.consultations.invitations.Invitations;
import nl.alliantie.newsletter.subscribers.Subscriptions;
import nl.alliantie.shared.time.DutchTime;
import nl.alliantie.signals.SignalFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20, item 8: every module's daily job removes the personal data past its period (default
 * settings) and keeps what is within it, at the time of the clock it is given; a second run
 * changes nothing; while another instance runs a job, this one skips it; the privacy statement
 * says the periods. Data is put just over and just under each period (a day either side).
 */
@AlliantieTest
class RetentionTest {

	@Autowired
	List<RetentionJob> jobs;

	@Autowired
	RetentionRounds rounds;

	@Autowired
	RetentionPeriods periods;

	@Autowired
	ConferenceFixtures conferences;

	@Autowired
	Registrations registrations;

	@Autowired
	ConsultationFixtures consultations;

	@Autowired
	Invitations invitations;

	@Autowired
	SignalFixtures signals;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	MockMvc mvc;

	final Clock now = Clock.fixed(Instant.now(), DutchTime.ZONE);

	RetentionJob job(String name) {
		return jobs.stream().filter(job -> job.name().equals(name)).findFirst().orElseThrow();
	}

	int count(String sql, Object value) {
		return jdbc.sql(sql).param("v", value).query(Integer.class).single();
	}

	long registered(int daysAgo, String email) {
		var fixture = conferences.edition(40, 20);
		registrations.register(new Registrations.Request(fixture.dayId(), "Rita Retentie", email, "Buurtgroep",
				null, null, "rolstoel", "vegetarisch"));
		jdbc.sql("update conferences_day set date = :date where id = :id")
			.param("date", LocalDate.now(now).minusDays(daysAgo)).param("id", fixture.dayId()).update();
		return fixture.dayId();
	}

	@Test
	void registrationsOfDaysLongerAgoThanTheirPeriodLoseThePersonAtTheClocksTime() throws Exception {
		assertThat(periods.registrations()).isEqualTo(Duration.ofDays(365));
		String old = ConsultationFixtures.unique("oud");
		String recent = ConsultationFixtures.unique("recent");
		long oldDay = registered(366, old);
		long recentDay = registered(364, recent);
		String byEmail = "select count(*) from conferences_registration where lower(email) = :v";
		RetentionJob job = job("conferences-registrations");

		rounds.run(job, Clock.offset(now, Duration.ofDays(-2)));
		assertThat(count(byEmail, old)).as("two days earlier the old day was within its period").isOne();

		try (Connection other = dataSource.getConnection(); Statement lock = other.createStatement()) {
			lock.execute("select pg_advisory_lock(hashtext('retention'), hashtext('conferences-registrations'))");
			assertThat(rounds.run(job, now)).as("another instance runs the job: this one skips it").isEqualTo(-1);
			assertThat(count(byEmail, old)).isOne();
			lock.execute("select pg_advisory_unlock(hashtext('retention'), hashtext('conferences-registrations'))");
		}

		assertThat(rounds.run(job, now)).isPositive();
		assertThat(count(byEmail, old)).isZero();
		assertThat(jdbc.sql("select name || '|' || organisation || '|' || needs_access || '|' || needs_diet || '|' || status "
				+ "from conferences_registration where day_id = :d").param("d", oldDay).query(String.class).list())
			.as("the registration stays for the counts, without the person").containsExactly("Gewiste persoon||||registered");
		assertThat(count(byEmail, recent)).isOne();
		assertThat(jdbc.sql("select needs_access from conferences_registration where day_id = :d").param("d", recentDay)
			.query(String.class).single()).isEqualTo("rolstoel");
		assertThat(rounds.run(job, now)).as("a second run finds nothing").isZero();
	}

	@Test
	void closedSignalsLoseTheirReporterAfterThePeriodOpenOnesKeepIt() {
		String old = ConsultationFixtures.unique("melder-oud");
		String recent = ConsultationFixtures.unique("melder-recent");
		String open = ConsultationFixtures.unique("melder-open");
		long closedLongAgo = signals.signalBy("Mees Melder", old, "Oud signaal", "Verhaal", "Zwolle", true);
		long closedRecently = signals.signalBy("Mees Melder", recent, "Recent signaal", "Verhaal", "Zwolle", true);
		long stillOpen = signals.signalBy("Mees Melder", open, "Open signaal", "Verhaal", "Zwolle", true);
		setSignal(closedLongAgo, "AFGEROND", 366);
		setSignal(closedRecently, "NIET_GEPUBLICEERD", 364);
		setSignal(stillOpen, "IN_BEHANDELING", 800);

		assertThat(rounds.run(job("signals-reporters"), now)).isPositive();

		String reporter = "select count(*) from signals_signal where id = :v and reporter_email is not null and reporter_name is not null";
		assertThat(count(reporter, closedLongAgo)).isZero();
		assertThat(count("select count(*) from signals_signal where id = :v and reporter_name is null", closedLongAgo)).isOne();
		assertThat(count(reporter, closedRecently)).isOne();
		assertThat(count(reporter, stillOpen)).as("an open signal keeps its reporter").isOne();
		assertThat(rounds.run(job("signals-reporters"), now)).isZero();
	}

	void setSignal(long id, String status, int daysAgo) {
		jdbc.sql("update signals_signal set status = :status where id = :id").param("status", status).param("id", id).update();
		jdbc.sql("update signals_signal set updated_at = :at where id = :id")
			.param("at", Timestamp.from(now.instant().minus(Duration.ofDays(daysAgo)))).param("id", id).update();
	}

	@Test
	void invitationsOfConsultationsLongAgoLoseTheirPeopleTheAnswerStays() {
		String old = ConsultationFixtures.unique("genodigde-oud");
		String recent = ConsultationFixtures.unique("genodigde-recent");
		long longAgo = consultations.planned("oost", Duration.ofDays(20));
		long lately = consultations.planned("oost", Duration.ofDays(21));
		invitations.invitePerson(longAgo, "Ina Genodigd", old);
		invitations.invitePerson(lately, "Ina Genodigd", recent);
		jdbc.sql("update consultations_invitation set answer = 'JA', person1_name = 'Piet', person1_email = :e where lower(email) = :e")
			.param("e", old).update();
		consultations.startsIn(longAgo, Duration.ofDays(-731));
		consultations.startsIn(lately, Duration.ofDays(-729));

		assertThat(rounds.run(job("consultations-invitations"), now)).isPositive();

		assertThat(jdbc.sql("select name || '|' || coalesce(person1_name, '-') || '|' || answer from consultations_invitation "
				+ "where consultation_id = :c").param("c", longAgo).query(String.class).list())
			.containsExactly("Gewiste persoon|-|JA");
		assertThat(count("select count(*) from consultations_invitation where lower(email) = :v or lower(person1_email) = :v", old)).isZero();
		assertThat(count("select count(*) from consultations_invitation where lower(email) = :v", recent)).isOne();
	}

	@Test
	void failedMailLosesItsTextAfterAMonthEveryMailItsRecipientAfterAYear() {
		String failedLongAgo = ConsultationFixtures.unique("mislukt-oud");
		String failedLately = ConsultationFixtures.unique("mislukt-recent");
		String sentLongAgo = ConsultationFixtures.unique("verstuurd-oud");
		String sentLately = ConsultationFixtures.unique("verstuurd-recent");
		long a = finishedMail(failedLongAgo, "FAILED", 31, "Uw link: /geheim/1");
		long b = finishedMail(failedLately, "FAILED", 29, "Uw link: /geheim/2");
		long c = finishedMail(sentLongAgo, "SENT", 366, null);
		long d = finishedMail(sentLately, "SENT", 364, null);
		jdbc.sql("insert into mail_outbox_attachment (mail_id, position, filename, content_type, content) "
				+ "values (:id, 0, 'a.ics', 'text/calendar', '\\x41'::bytea)").param("id", a).update();

		assertThat(rounds.run(job("mail-outbox"), now)).isPositive();

		assertThat(count("select count(*) from mail_outbox where id = :v and body is null", a)).isOne();
		assertThat(count("select count(*) from mail_outbox_attachment where mail_id = :v", a)).isZero();
		assertThat(count("select count(*) from mail_outbox where lower(recipient) = :v", failedLongAgo))
			.as("a month is not yet the year of the address").isOne();
		assertThat(count("select count(*) from mail_outbox where id = :v and body = 'Uw link: /geheim/2'", b)).isOne();
		assertThat(count("select count(*) from mail_outbox where lower(recipient) = :v", sentLongAgo)).isZero();
		assertThat(count("select count(*) from mail_outbox where id = :v and recipient like 'gewist-%@gewist.invalid'", c)).isOne();
		assertThat(count("select count(*) from mail_outbox where lower(recipient) = :v", sentLately)).isOne();
		assertThat(d).isPositive();
		assertThat(rounds.run(job("mail-outbox"), now)).isZero();
	}

	long finishedMail(String recipient, String status, int daysAgo, String body) {
		return jdbc.sql("""
				insert into mail_outbox (purpose, object_id, recipient, message_id, subject, body, status, finished_at,
				    attachments, headers)
				values ('retentie-test', :recipient, :recipient, :recipient, 'Test', cast(:body as text), :status, :finished,
				    :attachments, cast(:headers as jsonb))
				returning id
				""")
			.param("recipient", recipient)
			.param("body", body)
			.param("status", status)
			.param("attachments", body == null ? 0 : 1)
			.param("headers", body == null ? null : "{\"X\": \"y\"}")
			.param("finished", Timestamp.from(now.instant().minus(Duration.ofDays(daysAgo))))
			.query(Long.class)
			.single();
	}

	@Test
	void unconfirmedSubscriptionsGoAfterAWeek() {
		String old = ConsultationFixtures.unique("lezer-oud");
		String recent = ConsultationFixtures.unique("lezer-recent");
		subscriptions.subscribe(old, "Lea Lezer", "FORM", null, "test", Locale.of("nl"));
		subscriptions.subscribe(recent, "Lea Lezer", "FORM", null, "test", Locale.of("nl"));
		backdateSubscriber(old, 8);
		backdateSubscriber(recent, 6);

		assertThat(rounds.run(job("newsletter-unconfirmed"), now)).isPositive();

		String byEmail = "select count(*) from newsletter_subscriber where lower(email) = :v";
		assertThat(count(byEmail, old)).isZero();
		assertThat(count(byEmail, recent)).isOne();
	}

	void backdateSubscriber(String email, int daysAgo) {
		jdbc.sql("update newsletter_subscriber set created_at = :at where lower(email) = :e")
			.param("at", Timestamp.from(now.instant().minus(Duration.ofDays(daysAgo)))).param("e", email).update();
	}

	@Test
	void thePrivacyStatementSaysThePeriodsOfThisInstallation() throws Exception {
		mvc.perform(get("/over/privacy"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"bewaartermijnen\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("365 dagen na die dag")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("na 30 dagen")));
		mvc.perform(get("/over/privacy").header("Accept-Language", "en").param("lang", "en"))
			.andExpect(status().isOk());
		mvc.perform(get("/mijn-gegevens"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/over/privacy#bewaartermijnen")));
	}
}
