package nl.alliantie.mail;

/** A plain-text mail to one recipient. */
public record MailMessage(String to, String subject, String text) {

	public MailMessage {
		if (to == null || to.isBlank() || subject == null || text == null) {
			throw new IllegalArgumentException("A mail needs a recipient, a subject and a text");
		}
		to = to.trim();
	}
}
