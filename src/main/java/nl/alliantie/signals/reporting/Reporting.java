package nl.alliantie.signals.reporting;

import java.time.Duration;
import java.util.Locale;

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

	/** Stores the report and returns the follow token; a double submit returns a link to the first. */
	@Transactional
	public String report(Report report, String clientAddress, Locale locale) {
		SignalStore.Created created = store.create(report);
		String token = tokens.issueReusable(FOLLOW, Long.toString(created.id()), FOLLOW_VALID);
		if (created.isNew()) {
			guard.count(clientAddress);
			if (report.reporterEmail() != null) {
				mail.confirmation(created.id(), report.reporterEmail(), report.title(), followUrl(token), locale);
			}
		}
		return token;
	}

	public String followUrl(String token) {
		return properties.absoluteUrl("/signalen/volgen/" + token);
	}
}
