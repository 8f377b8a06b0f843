package nl.alliantie.mail;

import java.util.regex.Pattern;

/**
 * A file sent along with a mail, such as the calendar file of a meeting. Kept small: the outbox
 * stores it with the mail until the mail is sent.
 */
public record MailAttachment(String filename, String contentType, byte[] content) {

	/** Large enough for a calendar file or a short PDF, small enough for every mailbox. */
	public static final int MAX_BYTES = 1024 * 1024;

	private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,99}");

	public MailAttachment {
		if (filename == null || !SAFE_NAME.matcher(filename).matches()) {
			throw new IllegalArgumentException("An attachment needs a plain file name, not " + filename);
		}
		if (contentType == null || contentType.isBlank() || content == null) {
			throw new IllegalArgumentException("An attachment needs a type and a content");
		}
		if (content.length > MAX_BYTES) {
			throw new IllegalArgumentException("Attachment " + filename + " is larger than " + MAX_BYTES + " bytes");
		}
		content = content.clone();
	}

	/** A calendar file ({@code text/calendar}) with the method its content declares. */
	public static MailAttachment calendar(String filename, String ics) {
		String method = ics.contains("METHOD:CANCEL") ? "CANCEL" : "PUBLISH";
		return new MailAttachment(filename, "text/calendar; charset=UTF-8; method=" + method,
				ics.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	@Override
	public byte[] content() {
		return content.clone();
	}

	int size() {
		return content.length;
	}
}
