package nl.alliantie.consultations;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.consultations.planning.ConsultationStore;

/** Consultations for tests that share one database. */
@Component
public class ConsultationFixtures {

	private final ConsultationStore store;

	private final JdbcClient jdbc;

	ConsultationFixtures(ConsultationStore store, JdbcClient jdbc) {
		this.store = store;
		this.jdbc = jdbc;
	}

	/** A consultation of {@code region} starting {@code in} from now, with a unique venue. */
	public long planned(String region, Duration in) {
		Instant start = Instant.now().plus(in);
		return store.plan(new ConsultationStore.Details(region, start, start.plus(Duration.ofHours(2)),
				"Zaal " + UUID.randomUUID().toString().substring(0, 8), "Stationsplein 1, Assen", "", null));
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
