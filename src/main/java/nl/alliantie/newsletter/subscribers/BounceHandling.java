package nl.alliantie.newsletter.subscribers;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import nl.alliantie.mail.MailBounced;
import nl.alliantie.mail.UnsubscribeMailed;
import nl.alliantie.newsletter.sending.Sending;

/**
 * What the bounce mailbox tells the newsletter. A hard bounce of an issue (5.x.x: the address does
 * not exist) suspends the address at once; soft bounces (4.x.x: a full mailbox) suspend it once
 * mails of {@code alliantie.newsletter.soft-bounce-limit} different issues came back. The reason
 * is kept for the editors (the subscriber list, the issue's bounces). An unsubscribe mail with the token of an
 * issue's {@code List-Unsubscribe} ends the subscription as the one-click link does. Each report is
 * recorded once by its id, so hearing it again changes nothing.
 */
@Component
class BounceHandling {

	private static final Logger log = LoggerFactory.getLogger(BounceHandling.class);

	private final JdbcClient jdbc;

	private final Subscriptions subscriptions;

	private final Clock clock;

	private final int softBounceLimit;

	BounceHandling(JdbcClient jdbc, Subscriptions subscriptions, Clock clock,
			@Value("${alliantie.newsletter.soft-bounce-limit:3}") int softBounceLimit) {
		this.jdbc = jdbc;
		this.subscriptions = subscriptions;
		this.clock = clock;
		this.softBounceLimit = Math.max(1, softBounceLimit);
	}

	@ApplicationModuleListener
	void on(MailBounced bounce) {
		if (!Sending.PURPOSE.equals(bounce.purpose())) {
			return;
		}
		Long issue = issueId(bounce.objectId());
		Optional<Long> subscriber = jdbc.sql("select id from newsletter_subscriber where lower(email) = lower(:email)")
			.param("email", bounce.recipient())
			.query(Long.class)
			.optional();
		Instant now = clock.instant();
		int recorded = jdbc.sql("""
				insert into newsletter_bounce (subscriber_id, issue_id, hard, reason, at, report_id, email)
				values (:subscriber, (select id from newsletter_issue where id = :issue), :hard, :reason, :at, :report, :email)
				on conflict (report_id) where report_id is not null do nothing
				""")
			.param("subscriber", subscriber.orElse(null))
			.param("issue", issue)
			.param("hard", bounce.hard())
			.param("reason", bounce.reason())
			.param("at", java.sql.Timestamp.from(now))
			.param("report", bounce.reportId())
			.param("email", bounce.recipient())
			.update();
		if (recorded == 0 || subscriber.isEmpty()) {
			return;
		}
		if (bounce.hard()) {
			// a delivery report of a bounce always states its reason (DeliveryReport)
			suspend(subscriber.get(), java.util.Objects.requireNonNullElse(bounce.reason(), ""));
			return;
		}
		long softIssues = jdbc.sql("""
				select count(distinct issue_id) from newsletter_bounce
				where subscriber_id = :id and not hard and issue_id is not null
				""")
			.param("id", subscriber.get())
			.query(Long.class)
			.single();
		jdbc.sql("update newsletter_subscriber set soft_bounces = :count where id = :id")
			.param("count", softIssues)
			.param("id", subscriber.get())
			.update();
		if (softIssues >= softBounceLimit) {
			suspend(subscriber.get(), softIssues + "× tijdelijk niet bezorgd, laatst: " + bounce.reason());
		}
	}

	@ApplicationModuleListener
	void on(UnsubscribeMailed request) {
		String token = request.token(); // none when the mail named no token: nobody to unsubscribe
		if (token != null && subscriptions.unsubscribe(token, null, "afmeldmail " + request.reportId())) {
			log.info("A subscriber left by mail");
		}
	}

	private void suspend(long subscriber, String reason) {
		jdbc.sql("""
				update newsletter_subscriber set status = 'SUSPENDED', suspended_reason = :reason
				where id = :id and status = 'CONFIRMED'
				""")
			.param("id", subscriber)
			.param("reason", reason.length() > 500 ? reason.substring(0, 500) : reason)
			.update();
	}

	private static @Nullable Long issueId(String objectId) {
		try {
			return Long.valueOf(objectId);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
