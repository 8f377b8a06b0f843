package nl.alliantie.newsletter.subscribers;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import nl.alliantie.network.PersonErased;

/**
 * Removes subscriptions that were never confirmed, and the subscription of a person of the network
 * who asked to be erased. Both are safe to run twice and on several instances.
 */
@Component
class SubscriberHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(SubscriberHousekeeping.class);

	private final Subscriptions subscriptions;

	SubscriberHousekeeping(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@Scheduled(fixedDelayString = "${alliantie.newsletter.cleanup-interval:PT1H}", initialDelay = 60_000)
	void removeUnconfirmed() {
		int removed = subscriptions.removeUnconfirmed();
		if (removed > 0) {
			log.info("Removed {} newsletter subscriptions that were not confirmed within {}", removed,
					Subscriptions.CONFIRM_WITHIN);
		}
	}

	@ApplicationModuleListener
	void on(PersonErased erased) {
		subscriptions.eraseOfPerson(erased.person().value());
	}
}
