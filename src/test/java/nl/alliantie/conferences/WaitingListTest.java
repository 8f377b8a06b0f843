package nl.alliantie.conferences;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.alliantie.AlliantieTest;
import nl.alliantie.conferences.registrations.RegistrationRefused;
import nl.alliantie.conferences.registrations.Registrations;
import nl.alliantie.mail.OutboxRows;
import nl.alliantie.mail.catcher.MailCatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Capacity under concurrent registrations, and the waiting list with its mails. */
@AlliantieTest
class WaitingListTest {

	private static final Logger log = LoggerFactory.getLogger(WaitingListTest.class);

	@Autowired
	Registrations registrations;

	@Autowired
	OutboxRows outbox;

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MailCatcher mails;

	@Test
	void twoHundredAtOnceForAHundredPlaces() throws Exception {
		var fixture = fixtures.edition(100, 30);
		int people = 200;
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Registrations.Registered>> tasks = new ArrayList<>();
		String run = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < people; i++) {
			int n = i;
			tasks.add(() -> {
				start.await();
				return registrations.register(new Registrations.Request(fixture.dayId(), "Deelnemer " + n,
						"p" + n + "-" + run + "@test.alliantie.local", "", fixture.workshops().get(n % 2),
						fixture.workshops().get((n + 1) % 2), "", ""));
			});
		}
		List<Future<Registrations.Registered>> results = new ArrayList<>();
		long started;
		// as many at once as the connection pool holds less two: they all wait on the day's lock, and a
		// person more than the pool would wait for a connection instead (3 s, then the 503 page)
		try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
			for (var task : tasks) {
				results.add(pool.submit(task));
			}
			started = System.nanoTime();
			start.countDown();
			for (var result : results) {
				result.get();
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		log.info("{} registrations for one day in {} s: {} per second", people, String.format("%.2f", seconds),
				String.format("%.0f", people / seconds));

		long waiting = results.stream().filter(r -> {
			try {
				return r.get().waiting();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).count();
		assertThat(waiting).isEqualTo(100);
		assertThat(count("select count(*) from conferences_registration where day_id = :day and status = 'registered'", fixture.dayId())).isEqualTo(100);
		assertThat(count("select count(*) from conferences_registration where day_id = :day and status = 'waiting'", fixture.dayId())).isEqualTo(100);
		assertThat(count("select taken from conferences_day where id = :day", fixture.dayId())).isEqualTo(100);
		// two workshops of 30: 60 placed, the other 40 registered people wait for their first choice
		assertThat(count("select count(*) from conferences_registration where day_id = :day and workshop_status = 'placed'", fixture.dayId())).isEqualTo(60);
		assertThat(count("select count(*) from conferences_registration r join conferences_session s on s.id = r.session_id where r.day_id = :day and r.workshop_status = 'placed' group by s.id order by 1 desc limit 1", fixture.dayId())).isEqualTo(30);
	}

	@Test
	void aFreedPlaceGoesToTheFirstWaitingPersonWhoIsMailedOnce() throws Exception {
		var fixture = fixtures.edition(1, 1);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String first = "eerste-" + run + "@test.alliantie.local";
		String second = "tweede-" + run + "@test.alliantie.local";
		String third = "derde-" + run + "@test.alliantie.local";
		var a = registrations.register(new Registrations.Request(fixture.dayId(), "Anna", first, "", fixture.workshops().get(0), null, "", ""));
		var b = registrations.register(new Registrations.Request(fixture.dayId(), "Bert", second, "", fixture.workshops().get(0), null, "", ""));
		var c = registrations.register(new Registrations.Request(fixture.dayId(), "Cor", third, "", null, null, "", ""));
		assertThat(a.waiting()).isFalse();
		assertThat(b.waiting()).isTrue();
		assertThat(c.waiting()).isTrue();

		// Five clicks on the cancel link at the same moment: one cancels, one person is promoted.
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> clicks = new ArrayList<>();
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 5; i++) {
				clicks.add(pool.submit(() -> {
					start.await();
					try {
						registrations.cancel(a.token());
						return true;
					}
					catch (RegistrationRefused refused) {
						return false;
					}
				}));
			}
			start.countDown();
		}
		assertThat(clicks.stream().filter(f -> {
			try {
				return f.get();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).count()).isEqualTo(1);

		var bert = registrations.details(b.token()).orElseThrow();
		assertThat(bert.status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(bert.workshopStatus()).isEqualTo(WorkshopStatus.PLACED);
		assertThat(registrations.details(c.token()).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITING);
		assertThatThrownBy(() -> registrations.cancel(a.token())).isInstanceOf(RegistrationRefused.class);

		await().untilAsserted(() -> assertThat(mails.to(second)).hasSize(2));
		assertThat(outbox.to(second)).isEqualTo(2);
		assertThat(mails.to(second)).extracting(MailCatcher.CaughtMail::subject)
			.containsExactly("U staat op de wachtlijst voor de Alliantiedag " + fixture.year() + " in Zutphen",
					"Er is een plaats voor u: Alliantiedag " + fixture.year() + " in Zutphen");
		assertThat(mails.to(second).get(1).text()).contains("/alliantiedagen/aanmelding/").contains("agenda.ics");
		assertThat(nl.alliantie.mail.Mailboxes.waitFor(mails, third, 1)).hasSize(1);

		// Bert cancels too: Cor gets the day place (Cor chose no workshop), and one mail about it.
		registrations.cancel(b.token());
		assertThat(registrations.details(c.token()).orElseThrow().status()).isEqualTo(RegistrationStatus.REGISTERED);
		await().untilAsserted(() -> assertThat(mails.to(third)).hasSize(2));
		assertThat(count("select count(*) from conferences_notice n join conferences_registration r on r.id = n.registration_id where r.day_id = :day and n.kind = 'day-promoted'", fixture.dayId())).isEqualTo(2);
	}

	@Test
	void aFreedWorkshopPlaceGoesToTheFirstWaitingForIt() {
		var fixture = fixtures.edition(10, 1);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String waiting = "wacht-" + run + "@test.alliantie.local";
		var a = registrations.register(new Registrations.Request(fixture.dayId(), "Anna", "a-" + run + "@test.alliantie.local", "", fixture.workshops().get(0), null, "", ""));
		var b = registrations.register(new Registrations.Request(fixture.dayId(), "Bert", waiting, "", fixture.workshops().get(0), null, "", ""));
		assertThat(registrations.details(b.token()).orElseThrow().workshopStatus()).isEqualTo(WorkshopStatus.WAITING);
		// Anna moves to the other workshop: her place goes to Bert.
		registrations.change(a.token(), fixture.workshops().get(1), null, "", "");
		assertThat(registrations.details(b.token()).orElseThrow().workshopStatus()).isEqualTo(WorkshopStatus.PLACED);
		assertThat(registrations.details(a.token()).orElseThrow().workshop()).isEqualTo("Sociale coöperaties");
		await().untilAsserted(() -> assertThat(mails.to(waiting)).extracting(MailCatcher.CaughtMail::subject)
			.contains("Er is een plaats voor u in de werkgroep Armoedebestrijding in de praktijk"));
	}

	private int count(String sql, long day) {
		return jdbc.sql(sql).param("day", day).query(Integer.class).single();
	}
}
