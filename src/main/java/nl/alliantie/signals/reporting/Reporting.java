package nl.alliantie.signals.reporting;

import java.time.Duration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.accounts.LinkTokens;
import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.signals.handling.Report;
import nl.alliantie.signals.handling.SignalStore;

/** Stores a report, counts it for the rate limit, and gives the reporter a private follow link. */
@Service
public class Reporting {

	static final String FOLLOW = "signals.follow";

	static final Duration FOLLOW_VALID = Duration.ofDays(2 * 366);

	private final SignalStore store;

	private final SpamGuard guard;

	private final LinkTokens tokens;

	private final SignalMail mail;

	private final AlliantieProperties properties;

	Reporting(SignalStore store, SpamGuard guard, LinkTokens tokens, SignalMail mail, AlliantieProperties properties) {
		this.store = store;
		this.guard = guard;
		this.tokens = tokens;
		this.mail = mail;
		this.properties = properties;
	}

	/**
	 * Stores the report and returns the follow token. A form sent again (same key) stores nothing
	 * and gets the same link; the rate limit per address is taken in the same step, under a lock
	 * per address, so parallel posts cannot pass it together. The confirmation goes in the language
	 * the report was made in ({@link Report#language()}, stored with the signal).
	 *
	 * @throws TooManyReports when this address sent {@link SpamGuard#PER_HOUR} reports within the hour
	 */
	@Transactional
	public String report(Report report, String clientAddress) {
		guard.lock(clientAddress);
		SignalStore.Created created = store.create(report);
		if (created.isNew() && !guard.take(clientAddress)) {
			throw new TooManyReports();
		}
		String token = tokens.issueReusableFrom(secret(report.formKey()), FOLLOW, Long.toString(created.id()),
				FOLLOW_VALID);
		if (created.isNew() && report.reporterEmail() != null) {
			mail.confirmation(created.id(), report.reporterEmail(), report.title(), followUrl(token), report.locale());
		}
		return token;
	}

	private static byte[] secret(java.util.UUID formKey) {
		return java.nio.ByteBuffer.allocate(16)
			.putLong(formKey.getMostSignificantBits())
			.putLong(formKey.getLeastSignificantBits())
			.array();
	}

	/** This address reached the limit; nothing was stored. */
	static final class TooManyReports extends RuntimeException {

		TooManyReports() {
			super(null, null, false, false);
		}
	}

	public String followUrl(String token) {
		return properties.absoluteUrl("/signalen/volgen/" + token);
	}
}
