package nl.alliantie.newsletter.subscribers;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.alliantie.network.PersonErased;
import nl.alliantie.shared.retention.RetentionJob;
import nl.alliantie.shared.retention.RetentionPeriods;

/**
 * Removes subscriptions that were never confirmed within {@code alliantie.retention.unconfirmed}
 * (hourly rather than daily, so that an address nobody confirmed goes soon after its link stopped
 * working; one delete, which two instances can run at once), and the subscription of a person of
 * the network who asked to be erased. Both are safe to run twice and on several instances.
 */
@Component
class SubscriberHousekeeping implements RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(SubscriberHousekeeping.class);

	private final Subscriptions subscriptions;

	private final RetentionPeriods periods;

	private final Clock clock;

	SubscriberHousekeeping(Subscriptions subscriptions, RetentionPeriods periods, Clock clock) {
		this.subscriptions = subscriptions;
		this.periods = periods;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${alliantie.newsletter.cleanup-interval:PT1H}", initialDelay = 60_000)
	void removeUnconfirmed() {
		int removed = apply(clock);
		if (removed > 0) {
			log.info("Removed {} newsletter subscriptions that were not confirmed within {}", removed,
					periods.unconfirmed());
		}
	}

	@Override
	public String name() {
		return "newsletter-unconfirmed";
	}

	/** It runs hourly on its own schedule (above), not in the daily round. */
	@Override
	public boolean inDailyRound() {
		return false;
	}

	@Override
	public int apply(Clock at) {
		return subscriptions.removeUnconfirmed(at);
	}

	@ApplicationModuleListener
	void on(PersonErased erased) {
		subscriptions.eraseOfPerson(erased.person().value());
	}
}
