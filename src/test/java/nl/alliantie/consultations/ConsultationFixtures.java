package nl.alliantie.consultations;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.consultations.planning.ConsultationStore;
import nl.alliantie.shared.events.EventsHeard;

/** Consultations for tests that share one database. */
@Component
public class ConsultationFixtures {

	private final ConsultationStore store;

	private final JdbcClient jdbc;

	private final EventsHeard heard;

	ConsultationFixtures(ConsultationStore store, JdbcClient jdbc, EventsHeard heard) {
		this.store = store;
		this.jdbc = jdbc;
		this.heard = heard;
	}

	/**
	 * A consultation of {@code region} starting {@code in} from now, with a unique venue; returns
	 * when the other modules heard of it.
	 */
	public long planned(String region, Duration in) {
		Instant start = Instant.now().plus(in);
		long id = store.plan(new ConsultationStore.Details(region, start, start.plus(Duration.ofHours(2)),
				"Zaal " + UUID.randomUUID().toString().substring(0, 8), "Stationsplein 1, Assen", "", null));
		heard.await();
		return id;
	}

	/** Moves the start of a consultation, as if time had passed. */
	public void startsIn(long id, Duration in) {
		Instant start = Instant.now().plus(in);
		jdbc.sql("update consultations_consultation set starts_at = :start, ends_at = :end where id = :id")
			.param("start", java.sql.Timestamp.from(start))
			.param("end", java.sql.Timestamp.from(start.plus(Duration.ofHours(2))))
			.param("id", id)
			.update();
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.alliantie.local";
	}
}
