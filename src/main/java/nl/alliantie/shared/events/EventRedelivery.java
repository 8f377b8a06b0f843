package nl.alliantie.shared.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes sure no step that one module hands to another through an event is lost (docs/adr/0012).
 * Every event heard with {@code @ApplicationModuleListener} is stored in Spring Modulith's event
 * publication registry in the publishing transaction and completed when its listener's own
 * transaction succeeded. What stays incomplete (a listener failed, or the app stopped between the
 * commit and the listener) is handed to its listener again: at start-up, and on a schedule for those
 * that waited longer than {@code alliantie.events.retry-after}. A publication that another instance
 * is processing right now is left alone; one stuck in processing (or in a resubmission) longer than
 * {@code spring.modulith.events.staleness.*} counts as failed and comes back. Several
 * instances may run this at once: the registry marks a publication resubmitted in one conditional
 * update, so only one of them hands it on. Completed publications are deleted after
 * {@code alliantie.events.keep-completed}; those of events marked {@link ForgetOnceHeard} (they
 * carry personal data) at the first round after they completed.
 */
@Component
class EventRedelivery {

	/**
	 * @param retryAfter how long an incomplete publication waits before the schedule hands it on again
	 * @param keepCompleted how long completed publications stay in the registry (to look into)
	 */
	@ConfigurationProperties("alliantie.events")
	record Settings(@DefaultValue("1m") Duration retryAfter, @DefaultValue("7d") Duration keepCompleted) {
	}

	private static final Duration MAX_WAIT = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final Settings settings;

	private final Clock clock;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	EventRedelivery(IncompleteEventPublications incomplete, CompletedEventPublications completed, Settings settings,
			Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.incomplete = incomplete;
		this.completed = completed;
		this.settings = settings;
		this.clock = clock;
	}

	/** After a restart: whatever the last run left incomplete goes to its listener now. */
	@EventListener(ApplicationReadyEvent.class)
	void afterStart() {
		resubmit(Duration.ZERO);
	}

	@Scheduled(fixedDelayString = "${alliantie.events.check-every:1m}", initialDelayString = "${alliantie.events.check-every:1m}")
	void onSchedule() {
		resubmit(settings.retryAfter());
		completed.deletePublicationsOlderThan(settings.keepCompleted());
		forgetHeard();
	}

	/**
	 * Deletes the completed publications of events that carry personal data ({@link ForgetOnceHeard}),
	 * found by their stored type name (a few distinct names, read without the events themselves).
	 * Returns how many were deleted.
	 */
	int forgetHeard() {
		try {
			java.util.List<String> personal = jdbc.sql("select distinct event_type from event_publication where completion_date is not null")
				.query(String.class)
				.list()
				.stream()
				.filter(EventRedelivery::carriesPersonalData)
				.toList();
			if (personal.isEmpty()) {
				return 0;
			}
			return jdbc.sql("delete from event_publication where completion_date is not null and event_type in (:types)")
				.param("types", personal)
				.update();
		}
		catch (RuntimeException e) {
			log.warn("Afgehandelde gebeurtenissen met persoonsgegevens niet gewist: {}", e.toString());
			return 0;
		}
	}

	private static boolean carriesPersonalData(String type) {
		try {
			return ForgetOnceHeard.class.isAssignableFrom(Class.forName(type, false, EventRedelivery.class.getClassLoader()));
		}
		catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}

	/**
	 * A listener that keeps failing is tried again after growing waits (from {@code minAge}, doubled
	 * per attempt, at most an hour), so that it does not fill the log every minute while the cause
	 * is being fixed, and still comes back by itself once it is.
	 */
	private static Instant nextAttempt(EventPublication publication, Duration minAge) {
		Instant last = publication.getLastResubmissionDate() == null ? publication.getPublicationDate()
				: publication.getLastResubmissionDate();
		int attempts = Math.max(0, publication.getCompletionAttempts() - 1);
		Duration wait = minAge.multipliedBy(1L << Math.min(attempts, 10));
		return last.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
	}

	/**
	 * Hands on the incomplete publications published at least {@code minAge} ago that nobody is
	 * processing: those whose listener failed, and those whose listener never ran. The age is checked
	 * here rather than with {@code ResubmissionOptions.withMinAge}: in Modulith 2.1.1 that condition
	 * does not hold for failed publications (an OR without brackets in its query), and those options
	 * leave out publications whose listener never started.
	 */
	void resubmit(Duration minAge) {
		Instant now = clock.instant();
		try {
			incomplete.resubmitIncompletePublications(publication -> publication.getStatus() != Status.PROCESSING
					&& !publication.getPublicationDate().isAfter(now.minus(minAge))
					&& !now.isBefore(nextAttempt(publication, minAge)));
		}
		catch (RuntimeException e) {
			// the database may be away for a moment; the next round tries again
			log.warn("Onafgemaakte gebeurtenissen niet opnieuw aangeboden: {}", e.toString());
		}
	}
}
