package nl.alliantie.shared.retention;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.shared.time.DutchTime;

/**
 * Runs a module's {@link RetentionJob} alone over all instances: in one transaction that first
 * takes a PostgreSQL advisory lock named after the job ({@code pg_try_advisory_xact_lock}). When
 * two instances start their daily round at the same moment, the second finds the lock taken and
 * skips the job; the lock ends with the transaction, so a crashed instance never holds it. Every
 * module's job runs in the one daily round ({@code alliantie.retention.cron}, Dutch time), unless
 * it keeps its own schedule ({@link RetentionJob#inDailyRound}); a job that fails runs again the
 * next day (the jobs are idempotent).
 */
@Component
public class RetentionRounds {

	private static final Logger log = LoggerFactory.getLogger(RetentionRounds.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ObjectProvider<RetentionJob> jobs;

	RetentionRounds(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, ObjectProvider<RetentionJob> jobs) {
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The daily round: every module's job, each alone over all instances. */
	@Scheduled(cron = "${alliantie.retention.cron:0 20 3 * * *}", zone = "Europe/Amsterdam")
	void dailyRound() {
		jobs.orderedStream().filter(RetentionJob::inDailyRound).forEach(this::daily);
	}

	/** One job now, by the one clock; a failure is logged and left for tomorrow. */
	public void daily(RetentionJob job) {
		try {
			run(job, clock);
		}
		catch (RuntimeException e) {
			log.warn("Retention job {} failed; it runs again tomorrow", job.name(), e);
		}
	}

	/**
	 * Runs {@code job} at {@code clock}'s time unless another instance is running it right now;
	 * returns the rows it changed, or -1 when it was skipped for that reason.
	 */
	public int run(RetentionJob job, Clock clock) {
		Integer changed = transactions.execute(status -> {
			boolean alone = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('retention'), hashtext(:name))")
				.param("name", job.name())
				.query(Boolean.class)
				.single();
			return alone ? job.apply(clock.withZone(DutchTime.ZONE)) : -1;
		});
		int rows = changed == null ? 0 : changed;
		if (rows > 0) {
			log.info("Retention job {} removed personal data from {} rows", job.name(), rows);
		}
		return rows;
	}
}
