package nl.alliantie.newsletter.subscribers;

/** Where a subscription stands. Only {@link #CONFIRMED} subscribers get issues. */
public enum SubscriberStatus {
	/** Subscribed, but the link in the confirmation mail was not used yet; removed after seven days. */
	UNCONFIRMED,
	CONFIRMED,
	/** Left; the row stays for the editors' count per issue until the person erases it. */
	UNSUBSCRIBED,
	/** Mail to this address bounced (at once for a hard bounce, after several soft ones). */
	SUSPENDED
}
