package nl.alliantie.shared.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept after it stopped being needed, per kind of data
 * ({@code alliantie.retention.*}, e.g. {@code ALLIANTIE_RETENTION_REGISTRATIONS=400d}). Each
 * module applies its own period in a daily {@link RetentionJob}; the privacy statement shows these
 * very values (so it says what the installation does).
 *
 * @param registrations an Alliantiedag registration loses name, address, organisation and needs
 * this long after its day (the row stays: counts, check-ins and evaluations stay right)
 * @param reporters a signal that is closed (afgerond, not published, or merged) loses its
 * reporter's name and address this long after its last change
 * @param invitations an invitation to a regional consultation loses the names and addresses of
 * the invited and of the people named in the reply this long after the meeting
 * @param mailBodies a mail that could not be delivered loses its text (with its personal links)
 * and attachments this long after it failed; a delivered mail loses them at once
 * @param mailRecipients a sent or failed mail loses its recipient's address this long after it
 * finished (the subject and the time stay, for the postvak's history)
 * @param unconfirmed a newsletter subscription not confirmed within this period is removed; the
 * confirmation link works as long
 * @param cron when the daily round runs (Dutch time)
 */
@ConfigurationProperties("alliantie.retention")
public record RetentionPeriods(
		@DefaultValue("365d") Duration registrations,
		@DefaultValue("365d") Duration reporters,
		@DefaultValue("730d") Duration invitations,
		@DefaultValue("30d") Duration mailBodies,
		@DefaultValue("365d") Duration mailRecipients,
		@DefaultValue("7d") Duration unconfirmed,
		@DefaultValue("0 20 3 * * *") String cron) {

	/** Whole days of a period, as the privacy statement says them. */
	public static long days(Duration period) {
		return Math.max(0, period.toDays());
	}

	public long registrationDays() {
		return days(registrations);
	}

	public long reporterDays() {
		return days(reporters);
	}

	public long invitationDays() {
		return days(invitations);
	}

	public long mailBodyDays() {
		return days(mailBodies);
	}

	public long mailRecipientDays() {
		return days(mailRecipients);
	}

	public long unconfirmedDays() {
		return days(unconfirmed);
	}
}
