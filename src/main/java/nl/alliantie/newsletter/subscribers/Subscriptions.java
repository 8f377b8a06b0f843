package nl.alliantie.newsletter.subscribers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.accounts.LinkTokens;
import nl.alliantie.mail.MailKey;
import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.Outbox;
import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.retention.RetentionPeriods;
import nl.alliantie.shared.time.DutchTime;

/**
 * Subscribing with double opt-in, confirming, leaving, changing the address, and the subscriber's
 * own data. Every step is written to the consent record with the text agreed to and where it came
 * from.
 */
@Service
public class Subscriptions {

	static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("d-M-uuuu");

	static final String CONFIRM = "newsletter.confirm";

	static final String MANAGE = "newsletter.manage";

	/** Unconfirmed subscriptions are removed after this long; the confirmation link lives as long. */

	static final Duration MANAGE_VALID = Duration.ofDays(1);

	/** Confirmation and manage mails per address and hour: enough for a typo, too few to flood someone. */
	static final int MAILS_PER_HOUR = 3;

	/** What a subscriber sees; the result does not tell whether the address was known. */
	public enum Outcome { MAILED, TOO_OFTEN }

	private final SubscriberStore store;

	private final LinkTokens tokens;

	private final Outbox outbox;

	private final MessageSource messages;

	private final AlliantieProperties properties;

	private final Clock clock;

	/** How long a confirmation link works and an unconfirmed subscription is kept ({@code alliantie.retention.unconfirmed}). */
	private final Duration confirmWithin;

	Subscriptions(SubscriberStore store, LinkTokens tokens, Outbox outbox, MessageSource messages,
			AlliantieProperties properties, Clock clock, RetentionPeriods periods) {
		this.confirmWithin = periods.unconfirmed();
		this.store = store;
		this.tokens = tokens;
		this.outbox = outbox;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Records the wish to subscribe and mails the confirmation link. An address that is confirmed
	 * already gets a mail saying so (with a link to manage it), so the form tells nobody who reads
	 * the newsletter.
	 *
	 * @param origin where the consent was given, e.g. {@code formulier /nieuwsbrief}
	 */
	@Transactional
	public Outcome subscribe(String email, String name, String source, @Nullable Long personId, String origin, Locale locale) {
		Instant now = clock.instant();
		SubscriberStore.Subscriber subscriber = store.request(email, blankToNull(name), source, personId, now);
		String subject = Long.toString(subscriber.id());
		boolean confirmed = subscriber.status() == SubscriberStatus.CONFIRMED;
		if (tokens.issuedWithin(confirmed ? MANAGE : CONFIRM, subject, Duration.ofHours(1)) >= MAILS_PER_HOUR) {
			return Outcome.TOO_OFTEN;
		}
		if (confirmed) {
			String manage = tokens.issueReusable(MANAGE, subject, MANAGE_VALID);
			outbox.queue(new MailKey("newsletter-already", LinkTokens.idOf(manage), subscriber.email()),
					new MailMessage(subscriber.email(), t("newsletter.mail.already.subject", locale),
							t("newsletter.mail.already.text", locale, properties.name(), manageUrl(manage))));
			return Outcome.MAILED;
		}
		store.record(subscriber.id(), "GIVEN", now, t("newsletter.subscribe.consent", locale, properties.name()), origin);
		String token = tokens.issueOneTime(CONFIRM, subject, confirmWithin);
		outbox.queue(new MailKey("newsletter-confirm", LinkTokens.idOf(token), subscriber.email()),
				new MailMessage(subscriber.email(), t("newsletter.mail.confirm.subject", locale, properties.name()),
						t("newsletter.mail.confirm.text", locale, properties.name(),
								properties.absoluteUrl("/nieuwsbrief/bevestigen/" + token),
								DATE.format(LocalDate.ofInstant(now.plus(confirmWithin), DutchTime.ZONE)))));
		return Outcome.MAILED;
	}

	/** Whether {@code token} is a confirmation link that still works (without using it). */
	public boolean confirmable(String token) {
		return tokens.subjectOf(CONFIRM, token).flatMap(store::byId)
			.filter(s -> s.status() == SubscriberStatus.UNCONFIRMED)
			.isPresent();
	}

	/**
	 * Uses the confirmation link; returns a link to manage the subscription, empty when the link
	 * was used, expired or unknown.
	 */
	@Transactional
	public Optional<String> confirm(String token, Locale locale) {
		Instant now = clock.instant();
		return tokens.consume(CONFIRM, token).map(Long::valueOf).flatMap(store::byId).flatMap(subscriber -> {
			if (!store.confirm(subscriber.id(), now)) {
				return Optional.empty();
			}
			store.record(subscriber.id(), "CONFIRMED", now, t("newsletter.confirm.consent", locale, subscriber.email()),
					"link in bevestigingsmail");
			return Optional.of(tokens.issueReusable(MANAGE, Long.toString(subscriber.id()), MANAGE_VALID));
		});
	}

	/** The subscription behind an unsubscribe link, if any. */
	public Optional<String> addressOfUnsubscribeToken(String token) {
		return store.byUnsubscribeToken(token).map(SubscriberStore.Subscriber::email);
	}

	/**
	 * Ends the subscription behind the link at once (RFC 8058: the link is the proof). Using it
	 * again changes nothing; returns whether the token was known.
	 */
	@Transactional
	public boolean unsubscribe(String token, @Nullable Long issueId, String origin) {
		Optional<SubscriberStore.Subscriber> subscriber = store.byUnsubscribeToken(token);
		subscriber.ifPresent(s -> leave(s.id(), issueId, origin));
		return subscriber.isPresent();
	}

	private void leave(long id, @Nullable Long issueId, String origin) {
		Instant now = clock.instant();
		if (store.leave(id, issueId, now)) {
			store.record(id, "WITHDRAWN", now, "afgemeld", origin);
		}
	}

	/** Mails a link to the subscriber's own page, if the address is known; says nothing either way. */
	@Transactional
	public Outcome mailManageLink(String email, Locale locale) {
		Optional<SubscriberStore.Subscriber> known = store.byEmail(email);
		if (known.isEmpty()) {
			return Outcome.MAILED;
		}
		String subject = Long.toString(known.get().id());
		if (tokens.issuedWithin(MANAGE, subject, Duration.ofHours(1)) >= MAILS_PER_HOUR) {
			return Outcome.TOO_OFTEN;
		}
		String token = tokens.issueReusable(MANAGE, subject, MANAGE_VALID);
		outbox.queue(new MailKey("newsletter-manage", LinkTokens.idOf(token), known.get().email()),
				new MailMessage(known.get().email(), t("newsletter.mail.manage.subject", locale, properties.name()),
						t("newsletter.mail.manage.text", locale, properties.name(), manageUrl(token))));
		return Outcome.MAILED;
	}

	/** What the subscriber's own page shows and the download holds. */
	public record OwnData(long id, String email, String name, SubscriberStatus status, Instant since,
			@Nullable Instant confirmedAt, @Nullable Instant leftAt, String suspendedReason, List<ConsentLine> consents) {
	}

	public record ConsentLine(String kind, Instant at, String text, String origin) {

		/** When, in Dutch time, as people read it. */
		public String when() {
			return WHEN.format(at.atZone(DutchTime.ZONE));
		}
	}

	static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("d-M-uuuu HH:mm");

	/** The subscription a manage link opens. */
	public Optional<OwnData> ownData(String manageToken) {
		return tokens.subjectOf(MANAGE, manageToken).flatMap(store::byId).map(s -> new OwnData(s.id(), s.email(),
				s.name(), s.status(), s.createdAt(), s.confirmedAt(), s.leftAt(), s.suspendedReason(),
				store.consents(s.id()).stream().map(c -> new ConsentLine(c.kind(), c.at(), c.text(), c.origin())).toList()));
	}

	@Transactional
	public boolean leaveByManageLink(String manageToken) {
		Optional<Long> id = tokens.subjectOf(MANAGE, manageToken);
		id.ifPresent(subscriber -> leave(subscriber, null, "eigen pagina"));
		return id.isPresent();
	}

	/** Erases the subscription and its consent record; the link stops working. */
	@Transactional
	public boolean erase(String manageToken) {
		Optional<Long> id = tokens.subjectOf(MANAGE, manageToken);
		id.ifPresent(store::erase);
		return id.isPresent();
	}

	/** Why a new address was not taken. */
	public enum AddressChange { CHANGED, TAKEN, UNKNOWN_LINK }

	/** A new address, to be confirmed from a mail sent to it; until then no issues go out. */
	@Transactional
	public AddressChange changeAddress(String manageToken, String email, Locale locale) {
		Optional<SubscriberStore.Subscriber> subscriber = tokens.subjectOf(MANAGE, manageToken).flatMap(store::byId);
		if (subscriber.isEmpty()) {
			return AddressChange.UNKNOWN_LINK;
		}
		Instant now = clock.instant();
		long id = subscriber.get().id();
		if (!store.changeAddress(id, email, now)) {
			return AddressChange.TAKEN;
		}
		store.record(id, "GIVEN", now, t("newsletter.subscribe.consent", locale, properties.name()),
				"adres gewijzigd van " + subscriber.get().email());
		String token = tokens.issueOneTime(CONFIRM, Long.toString(id), confirmWithin);
		outbox.queue(new MailKey("newsletter-confirm", LinkTokens.idOf(token), email.trim()),
				new MailMessage(email.trim(), t("newsletter.mail.confirm.subject", locale, properties.name()),
						t("newsletter.mail.confirm.text", locale, properties.name(),
								properties.absoluteUrl("/nieuwsbrief/bevestigen/" + token),
								DATE.format(LocalDate.ofInstant(now.plus(confirmWithin), DutchTime.ZONE)))));
		return AddressChange.CHANGED;
	}

	/** Removes subscriptions not confirmed within {@code alliantie.retention.unconfirmed}. */
	@Transactional
	public int removeUnconfirmed() {
		return removeUnconfirmed(clock);
	}

	/** As {@link #removeUnconfirmed()}, at the time of the clock given (a test sets it). */
	@Transactional
	public int removeUnconfirmed(Clock at) {
		return store.removeUnconfirmed(at.instant().minus(confirmWithin));
	}

	/** Erases every subscription of a person of the network. */
	@Transactional
	public int eraseOfPerson(long personId) {
		return store.eraseOfPerson(personId);
	}

	public String manageUrl(String token) {
		return properties.absoluteUrl("/nieuwsbrief/abonnement/" + token);
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static @Nullable String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
