package nl.alliantie.conferences.registrations;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.retention.RetentionJob;
import nl.alliantie.shared.retention.RetentionPeriods;

/**
 * Registrations of past days lose the person once {@code alliantie.retention.registrations} has
 * passed after their day: name, address, organisation and needs go, as on an erasure
 * ({@link ErasedRegistrants}); day, workshop, status and check-in stay, so the edition's counts
 * and evaluations stay right. The day's date index finds the old days, the registrations' day
 * index their rows; an erased row is recognised by its address and not touched again.
 */
@Component
class RegistrationRetention implements RetentionJob {

	private final JdbcClient jdbc;

	private final RetentionPeriods periods;

	RegistrationRetention(JdbcClient jdbc, RetentionPeriods periods) {
		this.jdbc = jdbc;
		this.periods = periods;
	}

	@Override
	public String name() {
		return "conferences-registrations";
	}

	@Override
	public int apply(Clock clock) {
		LocalDate before = LocalDate.now(clock).minusDays(RetentionPeriods.days(periods.registrations()));
		return jdbc.sql("""
				update conferences_registration r
				set name = 'Gewiste persoon', email = 'gewist-' || r.id || '@gewist.invalid', organisation = '',
				    organisation_id = null, needs_access = '', needs_diet = ''
				from conferences_day d
				where d.id = r.day_id and d.date < :before and r.email not like 'gewist-%@gewist.invalid'
				""")
			.param("before", before)
			.update();
	}
}
