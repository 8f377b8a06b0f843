package nl.alliantie.newsletter.subscribers;

import org.jspecify.annotations.Nullable;

/** The public subscribe form as typed. {@code website} is the honeypot, hidden from people. */
public record SubscribeForm(String email, String naam, @Nullable String toestemming, String website) {

	public static final SubscribeForm BLANK = new SubscribeForm("", "", null, "");

	public boolean consent() {
		return "true".equals(toestemming) || "on".equals(toestemming);
	}

	String address() {
		return email == null ? "" : email.strip();
	}
}
