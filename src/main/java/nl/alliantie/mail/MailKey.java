package nl.alliantie.mail;

/**
 * What a mail is about: the outbox queues one mail per key, so repeating an action, or retrying
 * its transaction, never mails twice. The recipient is compared without regard to case.
 *
 * @param purpose what kind of mail, e.g. {@code account-invite}
 * @param objectId the thing it is about, e.g. an invitation id
 * @param recipient the address it goes to
 */
public record MailKey(String purpose, String objectId, String recipient) {

	public MailKey {
		if (isBlank(purpose) || isBlank(objectId) || isBlank(recipient)) {
			throw new IllegalArgumentException("A mail key needs a purpose, an object and a recipient");
		}
		recipient = recipient.trim();
	}

	public MailKey(String purpose, long objectId, String recipient) {
		this(purpose, Long.toString(objectId), recipient);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
