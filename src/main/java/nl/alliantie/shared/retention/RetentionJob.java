package nl.alliantie.shared.retention;

import java.time.Clock;

/**
 * A module's daily removal of personal data past its {@link RetentionPeriods period}. Each module
 * removes its own data (it knows its tables) in a job bean; {@link RetentionRounds} runs every job
 * in its daily round, once over all instances. {@link #apply} takes the
 * time from the clock it is given, so a test sets the clock instead of waiting, and is safe to run
 * twice: a second run finds nothing left to remove.
 */
public interface RetentionJob {

	/** A short name, unique over the modules (also the key of the lock that keeps instances apart). */
	String name();

	/** Removes or anonymises what is past its period at the clock's time; returns the rows changed. */
	int apply(Clock clock);

	/** Whether the daily round runs it; a job that keeps a schedule of its own says no. */
	default boolean inDailyRound() {
		return true;
	}
}
