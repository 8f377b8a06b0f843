package nl.alliantie.shared.events;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.shared.db.RunningApp;
import nl.alliantie.signals.AgendaItemDiscussed;
import nl.alliantie.signals.SignalFixtures;
import nl.alliantie.signals.SignalId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No step handed from one module to another is lost (docs/adr/0012). A real listener of the
 * signals module fails (a trigger in the database refuses its write); the event stays in the
 * registry, incomplete, and the signal is untouched. Handed on again, once by the schedule and once
 * after a restart of the app on the same database, the step is done, and done once.
 */
class EventRedeliveryTest {

	static final Duration WAIT = Duration.ofSeconds(30);

	static final String FAILING = "create or replace function test_refuse_trail() returns trigger language plpgsql as $$ "
			+ "begin if new.text like 'WEIGEREN%' then raise exception 'listener faalt (test)'; end if; return new; end $$; "
			+ "create trigger test_refuse_trail before insert on signals_trail for each row execute function test_refuse_trail()";

	static final String HEALED = "drop trigger test_refuse_trail on signals_trail; drop function test_refuse_trail()";

	@Test
	void aFailedListenerIsRetriedByTheScheduleAndAfterARestartAndDoesItsStepOnce() {
		Path data = RunningApp.freshDataDir();
		long first;
		long second;
		// the schedule does not run by itself in this test: it is called when the test says so
		String[] settings = { "--alliantie.data-dir=" + data, "--alliantie.embedded-database.fsync=false",
				"--alliantie.events.check-every=1h" };
		try (RunningApp app = RunningApp.start(settings)) {
			JdbcClient jdbc = app.context.getBean(JdbcClient.class);
			SignalFixtures signals = app.context.getBean(SignalFixtures.class);
			first = signals.published("Eerste", "Wordt besproken.", "Venlo");
			second = signals.published("Tweede", "Wordt besproken.", "Venlo");
			jdbc.sql(FAILING).update();

			discuss(app, first, "WEIGEREN en dan toch: eerste");
			discuss(app, second, "WEIGEREN en dan toch: tweede");
			await().atMost(WAIT).until(() -> failed(jdbc) == 2);
			assertThat(signals.status(first)).isEqualTo("IN_BEHANDELING");
			assertThat(discussions(jdbc, first) + discussions(jdbc, second)).isZero();

			jdbc.sql(HEALED).update();
			// the schedule hands on what waited long enough: make only the first one old enough
			jdbc.sql("update event_publication set publication_date = publication_date - interval '1 hour', "
					+ "last_resubmission_date = last_resubmission_date - interval '1 hour' "
					+ "where serialized_event like '%eerste%'").update();
			app.context.getBean(EventRedelivery.class).onSchedule();
			await().atMost(WAIT).until(() -> "BESPROKEN".equals(signals.status(first)));
			assertThat(discussions(jdbc, first)).isEqualTo(1);
			assertThat(signals.status(second)).isEqualTo("IN_BEHANDELING");
			assertThat(incomplete(jdbc)).isEqualTo(1);
			// the second as if the app had stopped between the commit and its listener: never started
			jdbc.sql("update event_publication set status = 'PUBLISHED' where completion_date is null").update();
		}
		// a restart hands on whatever was left incomplete, at once
		try (RunningApp app = RunningApp.start(settings)) {
			JdbcClient jdbc = app.context.getBean(JdbcClient.class);
			SignalFixtures signals = app.context.getBean(SignalFixtures.class);
			await().atMost(WAIT).until(() -> incomplete(jdbc) == 0);
			assertThat(signals.status(second)).isEqualTo("BESPROKEN");
			app.context.getBean(EventRedelivery.class).resubmit(Duration.ZERO);
			assertThat(discussions(jdbc, first)).isEqualTo(1);
			assertThat(discussions(jdbc, second)).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from event_publication where completion_date is not null")
				.query(Integer.class).single()).isGreaterThanOrEqualTo(2);
		}
	}

	private static void discuss(RunningApp app, long signal, String minutes) {
		app.context.getBean(TransactionTemplate.class).executeWithoutResult(tx -> app.context.publishEvent(new AgendaItemDiscussed(4242, new SignalId(signal), LocalDate.of(2026, 1, 20), minutes)));
	}

	private static int failed(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from event_publication where completion_date is null and status = 'FAILED'")
			.query(Integer.class).single();
	}

	private static int incomplete(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Integer.class).single();
	}

	private static int discussions(JdbcClient jdbc, long signal) {
		return jdbc.sql("select count(*) from signals_trail where signal_id = :id and kind = 'BESPROKEN'")
			.param("id", signal).query(Integer.class).single();
	}
}
