package nl.alliantie.consultations.invitations;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.retention.RetentionJob;
import nl.alliantie.shared.retention.RetentionPeriods;

/**
 * Invitations to consultations held longer than {@code alliantie.retention.invitations} ago lose
 * the people: the invited's name and address (replaced as on an erasure, {@link ErasedInvitees}),
 * the people named in the reply and the remarks. The organisation, the answer and the attendance
 * stay, so the counts and the minutes stay right. The consultations' start index finds the old
 * meetings; an anonymised invitation is recognised by its address and not touched again.
 */
@Component
class InvitationRetention implements RetentionJob {

	private final JdbcClient jdbc;

	private final RetentionPeriods periods;

	InvitationRetention(JdbcClient jdbc, RetentionPeriods periods) {
		this.jdbc = jdbc;
		this.periods = periods;
	}

	@Override
	public String name() {
		return "consultations-invitations";
	}

	@Override
	public int apply(Clock clock) {
		return jdbc.sql("""
				update consultations_invitation i
				set name = :name, email = 'gewist-' || i.id || '@gewist.invalid', remarks = null,
				    person1_name = null, person1_email = null, person2_name = null, person2_email = null
				from consultations_consultation c
				where c.id = i.consultation_id and c.starts_at < :before
				  and i.email not like 'gewist-%@gewist.invalid'
				""")
			.param("name", ErasedInvitees.ERASED_NAME)
			.param("before", Timestamp.from(clock.instant().minus(periods.invitations())))
			.update();
	}
}
