package nl.alliantie.consultations.invitations;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import nl.alliantie.network.Network;

/**
 * The language of each mail about an invitation: the one the register keeps for the address (the
 * person's own choice or the secretariat's, read through {@link Network}), else that of the page
 * the invitation was answered on ({@code consultations_invitation.language}), else Dutch. One
 * query for all the addresses of a round of mail.
 */
@Component
class MailLanguages {

	static final Locale DUTCH = Locale.of("nl");

	private final Network network;

	MailLanguages(Network network) {
		this.network = network;
	}

	/** The languages for mail to these addresses, read in one query. */
	Lookup lookup(Collection<String> emails) {
		return new Lookup(network.languagesOf(emails));
	}

	record Lookup(Map<String, Locale> registered) {

		/** The language of a mail to {@code email}; {@code replyLanguage}: of the reply's page, or null. */
		Locale of(@Nullable String email, @Nullable String replyLanguage) {
			Locale known = email == null ? null : registered.get(email.trim().toLowerCase(Locale.ROOT));
			if (known != null) {
				return known;
			}
			return "en".equals(replyLanguage) ? Locale.ENGLISH : DUTCH;
		}
	}
}
