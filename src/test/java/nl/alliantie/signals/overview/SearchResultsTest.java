package nl.alliantie.signals.overview;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.alliantie.AlliantieTest;
import nl.alliantie.network.Network;
import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.signals.SignalFixtures;
import nl.alliantie.signals.handling.Themes;

import static nl.alliantie.signals.SignalFixtures.unique;
import static nl.alliantie.signals.SignalFixtures.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search results are kept in memory until the signals change: a change made without telling
 * (triggers off) is not seen, a committed change is seen as soon as PostgreSQL's notification is in.
 */
@AlliantieTest
class SearchResultsTest {

	/** Markers heard on the test's own channel (see {@link #settled()}). */
	private static final AtomicInteger MARKERS = new AtomicInteger();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	Network network;

	@Autowired
	Themes themes;

	@Autowired
	DatabaseNotifications notifications;

	@Autowired
	SignalFixtures fixtures;

	@Test
	void resultsAreKeptUntilTheSignalsChange() throws Exception {
		Search search = new Search(jdbc, network, themes, notifications, true);
		String word = word();
		String title = unique("Huur");
		waitUntilListening();
		long id = fixtures.published(title, "De huur van de " + word + " ging omhoog.", "Zwolle");
		settled();
		Filter filter = search.canonical(new Filter(word, null, null, null, null, null));
		assertThat(titles(search, filter)).containsExactly(title);

		// Changed behind the trigger's back: the kept page still says what it said.
		jdbcTemplate.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
			try (var statement = connection.createStatement()) {
				statement.execute("set session_replication_role = replica");
				statement.execute("update signals_signal set title = 'Stil veranderd' where id = " + id);
				statement.execute("set session_replication_role = origin");
			}
			return null;
		});
		assertThat(titles(search, filter)).containsExactly(title);

		// A committed change reaches the search through the notification.
		jdbc.sql("update signals_signal set title = 'Hardop veranderd' where id = :id").param("id", id).update();
		await().atMost(Duration.ofSeconds(10)).until(() -> titles(search, filter).contains("Hardop veranderd"));
		assertThat(titles(search, filter)).containsExactly("Hardop veranderd");

		// Every other search on the same words still reads the database afresh (not kept while off).
		Search fresh = new Search(jdbc, network, themes, notifications, false);
		assertThat(titles(fresh, filter)).containsExactly("Hardop veranderd");
	}

	private static List<String> titles(Search search, Filter filter) {
		return search.page(filter, 0, 21).stream().map(Search.Row::title).toList();
	}

	/**
	 * Waits until the notifications of the writes so far are in: PostgreSQL delivers notifications in
	 * the order of their commits, so once a marker notified after those writes has been heard, so have
	 * they. The marker is sent again on every try, in case the listening connection was renewed.
	 */
	private void settled() {
		int before = MARKERS.get();
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
			jdbc.sql("select pg_notify('search_test_marker', '')").query((row, number) -> 1).list();
			return MARKERS.get() > before;
		});
	}

	private void waitUntilListening() {
		notifications.listen("search_test_marker", MARKERS::incrementAndGet);
		await().atMost(Duration.ofSeconds(10)).until(notifications::listening);
	}
}
