package nl.alliantie.mail.bounces;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounce mailbox, read over IMAP ({@code ALLIANTIE_BOUNCE_IMAP_HOST} and the like). Without a
 * host, the in-app mail catcher is read instead when it runs. The mail server must deliver the return paths {@code bounces+…@} of
 * {@code alliantie.mail.bounce-address} (and its {@code +afmelden} address) into this mailbox.
 *
 * @param host the IMAP server; empty: no bounce mailbox
 * @param port its port (993 with {@code security=ssl}, 143 otherwise)
 * @param username the mailbox's login
 * @param password its password
 * @param security {@code ssl} (IMAPS), {@code starttls} or {@code none} (only on a private network or in tests)
 * @param folder the folder the reports arrive in
 * @param every how often the mailbox is read
 * @param batch most messages read in one round
 */
@ConfigurationProperties("alliantie.bounce.imap")
record BounceMailboxProperties(
		@DefaultValue("") String host,
		@DefaultValue("993") int port,
		@DefaultValue("") String username,
		@DefaultValue("") String password,
		@DefaultValue("ssl") String security,
		@DefaultValue("INBOX") String folder,
		@DefaultValue("1m") Duration every,
		@DefaultValue("500") int batch) {

	BounceMailboxProperties {
		if (!security.equals("ssl") && !security.equals("starttls") && !security.equals("none")) {
			throw new IllegalArgumentException("alliantie.bounce.imap.security: ssl, starttls or none");
		}
		if (batch < 1) {
			throw new IllegalArgumentException("alliantie.bounce.imap.batch: at least 1");
		}
	}

	boolean configured() {
		return !host.isBlank();
	}
}
