package nl.alliantie.signals.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.retention.RetentionJob;
import nl.alliantie.shared.retention.RetentionPeriods;

/**
 * A closed signal (afgerond, not published, or merged into another) loses its reporter's name and
 * address once {@code alliantie.retention.reporters} has passed after its last change; the signal
 * itself, which never shows its reporter, stays. Open signals keep them: the secretariat may still
 * need to ask. The partial index of {@code signals/V6} holds only closed signals with an address.
 */
@Component
class ReporterRetention implements RetentionJob {

	private final JdbcClient jdbc;

	private final RetentionPeriods periods;

	ReporterRetention(JdbcClient jdbc, RetentionPeriods periods) {
		this.jdbc = jdbc;
		this.periods = periods;
	}

	@Override
	public String name() {
		return "signals-reporters";
	}

	@Override
	public int apply(Clock clock) {
		Instant before = clock.instant().minus(periods.reporters());
		return jdbc.sql("""
				update signals_signal set reporter_name = null, reporter_email = null
				where (reporter_email is not null or reporter_name is not null)
				  and (status in ('AFGEROND', 'NIET_GEPUBLICEERD') or merged_into is not null)
				  and updated_at < :before
				""")
			.param("before", Timestamp.from(before))
			.update();
	}
}
