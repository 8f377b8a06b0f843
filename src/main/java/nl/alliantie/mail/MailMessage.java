package nl.alliantie.mail;

import java.util.List;

/** A plain-text mail to one recipient, with optional attachments. */
public record MailMessage(String to, String subject, String text, List<MailAttachment> attachments) {

	public MailMessage {
		if (to == null || to.isBlank() || subject == null || text == null) {
			throw new IllegalArgumentException("A mail needs a recipient, a subject and a text");
		}
		to = to.trim();
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	public MailMessage(String to, String subject, String text) {
		this(to, subject, text, List.of());
	}

	/** This mail with {@code attachment} added. */
	public MailMessage with(MailAttachment attachment) {
		return new MailMessage(to, subject, text,
				java.util.stream.Stream.concat(attachments.stream(), java.util.stream.Stream.of(attachment)).toList());
	}
}
