package nl.alliantie.shared.events;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.awaitility.Awaitility;

/**
 * For tests: waits until every event published so far has been heard, that is until the event
 * publication registry holds no incomplete publication (docs/adr/0012). What a listener in another
 * module does is then done; nothing sleeps.
 */
@Component
public class EventsHeard {

	private final JdbcClient jdbc;

	EventsHeard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void await() {
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
			.until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Integer.class).single() == 0);
	}
}
