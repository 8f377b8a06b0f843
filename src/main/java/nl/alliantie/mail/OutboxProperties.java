package nl.alliantie.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox delivers, set with {@code alliantie.mail.*} (for example
 * {@code ALLIANTIE_MAIL_RATE_PER_MINUTE}). The sender address and the catcher port live in
 * {@link nl.alliantie.shared.AlliantieProperties.Mail}.
 *
 * @param ratePerMinute most mails one instance hands to the mail server per minute; 0 means no limit.
 * Set it to what the mail provider allows
 * @param connections SMTP connections (and sending threads) per instance; two keep the sender busy
 * while the other waits for the database to confirm a mail as sent
 * @param batchSize most mails one connection claims at a time
 * @param lease how long a claim holds; a crashed instance's mails are sent again after it
 * @param pollInterval how often the sender looks for due mails besides being woken by a commit
 * @param retryBase wait after the first temporary failure; doubled after each next one
 * @param retryMax longest wait between two attempts
 * @param maxAttempts attempts before a temporary failure counts as permanent
 * @param bounceAddress envelope sender for bounces ({@code bounces@example.org}); each mail goes
 * out with {@code bounces+m<id>@example.org} so a bounce names its mail. Empty: the From address
 */
@ConfigurationProperties("alliantie.mail")
record OutboxProperties(
		@DefaultValue("30000") int ratePerMinute,
		@DefaultValue("2") int connections,
		@DefaultValue("200") int batchSize,
		@DefaultValue("2m") Duration lease,
		@DefaultValue("10s") Duration pollInterval,
		@DefaultValue("1m") Duration retryBase,
		@DefaultValue("2h") Duration retryMax,
		@DefaultValue("16") int maxAttempts,
		@DefaultValue("") String bounceAddress) {

	OutboxProperties {
		if (ratePerMinute < 0 || connections < 1 || batchSize < 1 || maxAttempts < 1) {
			throw new IllegalArgumentException("alliantie.mail: rate >= 0, connections, batch size and attempts >= 1");
		}
	}

	/** The wait after {@code attempts} failed attempts. */
	Duration backoff(int attempts) {
		Duration wait = retryBase;
		for (int i = 1; i < attempts && wait.compareTo(retryMax) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(retryMax) < 0 ? wait : retryMax;
	}

	/**
	 * Mails to claim at once: no more than one connection sends within half a lease, so that a
	 * slow rate never lets a claim run out while its mails still wait their turn.
	 */
	int claimSize() {
		if (ratePerMinute == 0) {
			return batchSize;
		}
		long withinHalfLease = ratePerMinute * lease.toMillis() / 120_000 / connections;
		return (int) Math.max(1, Math.min(batchSize, withinHalfLease));
	}
}
