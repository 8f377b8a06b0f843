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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.conferences.registrations.Registrations;
import nl.alliantie.conferences.registrations.WaitingLists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Issue 18 item 9: freed places go in order of arrival (a number drawn when the registration is
 * stored), over first and second choices, and the registration page says so.
 */
@AlliantieTest
class WaitingOrderTest {

	@Autowired
	Registrations registrations;

	@Autowired
	WaitingLists waitingLists;

	@Autowired
	ConferenceFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aFreedWorkshopPlaceGoesToTheLongestWaiterAlsoOneWhoHadItAsSecondChoice() {
		var fixture = fixtures.edition(3, 1);
		long w0 = fixture.workshops().get(0);
		long w1 = fixture.workshops().get(1);
		String run = UUID.randomUUID().toString().substring(0, 8);
		var anna = register(fixture, "anna", run, w0, null);
		register(fixture, "bert", run, w1, null);
		// both workshops full: Cor waits for the second workshop, the first is his second choice
		var cor = register(fixture, "cor", run, w1, w0);
		// the day is full: Dirk and Els wait for the day, both want the first workshop
		var dirk = register(fixture, "dirk", run, w0, null);
		var els = register(fixture, "els", run, w0, null);
		assertThat(dirk.waiting()).isTrue();
		assertThat(els.waiting()).isTrue();

		// two more places on the day: Dirk and Els are promoted and wait for the first workshop,
		// after Cor, who came earlier
		assertThat(waitingLists.changeDayCapacity(fixture.dayId(), 5)).isTrue();
		assertThat(statusOf(dirk.id())).isEqualTo("registered/waiting");
		assertThat(statusOf(els.id())).isEqualTo("registered/waiting");

		// Anna's place in the first workshop frees: it goes to Cor (second choice, waiting longest),
		// not to Dirk, who was just promoted from the day's list
		registrations.cancel(anna.id());
		assertThat(statusOf(cor.id())).isEqualTo("registered/placed");
		assertThat(sessionOf(cor.id())).isEqualTo(session(fixture, w0));
		assertThat(statusOf(dirk.id())).isEqualTo("registered/waiting");
		assertThat(notice(cor.id(), "workshop-promoted")).isTrue();

		// one more place in the first workshop: Dirk, who came before Els
		assertThat(waitingLists.changeSessionCapacity(fixture.dayId(), session(fixture, w0), 2, 1)).isTrue();
		assertThat(statusOf(dirk.id())).isEqualTo("registered/placed");
		assertThat(statusOf(els.id())).isEqualTo("registered/waiting");
		assertThat(notice(dirk.id(), "workshop-promoted")).isTrue();
		assertThat(notice(els.id(), "workshop-promoted")).isFalse();
	}

	@Test
	void parallelRegistrationsGetArrivalNumbersInTheOrderTheyGotTheirPlaces() throws Exception {
		var fixture = fixtures.edition(20, 100);
		String run = UUID.randomUUID().toString().substring(0, 8);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Registrations.Registered>> tasks = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			int n = i;
			tasks.add(() -> {
				start.await();
				return registrations.register(new Registrations.Request(fixture.dayId(), "Deelnemer " + n,
						"p" + n + "-" + run + "@test.alliantie.local", "", null, null, "", ""));
			});
		}
		// ten at a time (the connection pool holds 12; more would wait for a connection, not the lock)
		try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
			List<Future<Registrations.Registered>> results = new ArrayList<>();
			for (var task : tasks) {
				results.add(pool.submit(task));
			}
			start.countDown();
			for (var result : results) {
				result.get();
			}
		}
		record Row(long id, long arrival, String status) {
		}
		List<Row> rows = jdbc.sql("select id, arrival, status from conferences_registration where day_id = :day order by arrival")
			.param("day", fixture.dayId())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.list();
		assertThat(rows).hasSize(60);
		// strictly increasing, in the order the rows were stored (the identity is drawn in the same insert)
		for (int i = 1; i < rows.size(); i++) {
			assertThat(rows.get(i).arrival()).isGreaterThan(rows.get(i - 1).arrival());
			assertThat(rows.get(i).id()).isGreaterThan(rows.get(i - 1).id());
		}
		// the first twenty to arrive have the places, the other forty wait in the same order
		assertThat(rows.subList(0, 20)).allMatch(row -> row.status().equals("registered"));
		assertThat(rows.subList(20, 60)).allMatch(row -> row.status().equals("waiting"));
		for (int i = 20; i < 60; i++) {
			assertThat(registrations.details(rows.get(i).id()).orElseThrow().waitingPosition()).isEqualTo(i - 19);
		}
		// a freed place goes to the first of them
		registrations.cancel(rows.get(0).id());
		assertThat(statusOf(rows.get(20).id())).startsWith("registered/");
		assertThat(statusOf(rows.get(21).id())).startsWith("waiting/");
	}

	@Test
	void theRegistrationPageStatesTheRule() throws Exception {
		var fixture = fixtures.edition(50, 10);
		mvc.perform(get(fixture.editionPath()))
			.andExpect(content().string(containsString("gaat naar wie zich het eerst aanmeldde en erop wacht, ook als die werkgroep de tweede keuze was")));
	}

	private Registrations.Registered register(ConferenceFixtures.Fixture fixture, String name, String run, Long first,
			Long second) {
		return registrations.register(new Registrations.Request(fixture.dayId(), name, name + "-" + run + "@test.alliantie.local",
				"", first, second, "", ""));
	}

	private String statusOf(long id) {
		return jdbc.sql("select status || '/' || workshop_status from conferences_registration where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private Long sessionOf(long id) {
		return jdbc.sql("select session_id from conferences_registration where id = :id").param("id", id).query(Long.class).single();
	}

	private long session(ConferenceFixtures.Fixture fixture, long workshop) {
		return jdbc.sql("select id from conferences_session where day_id = :day and workshop_id = :workshop")
			.param("day", fixture.dayId())
			.param("workshop", workshop)
			.query(Long.class)
			.single();
	}

	private boolean notice(long id, String kind) {
		return jdbc.sql("select count(*) from conferences_notice where registration_id = :id and kind = :kind")
			.param("id", id)
			.param("kind", kind)
			.query(Integer.class)
			.single() == 1;
	}
}
