package nl.alliantie.mail;

import org.jspecify.annotations.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A mail to one recipient: a plain text, optionally an HTML version of the same text (sent as
 * multipart/alternative), headers of its own (such as {@code List-Unsubscribe}) and attachments.
 */
public record MailMessage(String to, String subject, String text, List<MailAttachment> attachments, @Nullable String html,
		Map<String, String> headers) {

	private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,60}");

	/** Headers the outbox sets itself; a caller cannot replace them. */
	private static final Set<String> OWN_HEADERS = Set.of("from", "to", "cc", "bcc", "subject", "message-id", "date",
			"mime-version", "content-type", "content-transfer-encoding", "return-path", "sender", "reply-to");

	public MailMessage {
		if (to == null || to.isBlank() || subject == null || text == null) {
			throw new IllegalArgumentException("A mail needs a recipient, a subject and a text");
		}
		to = to.trim();
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
		headers = checked(headers);
	}

	public MailMessage(String to, String subject, String text, List<MailAttachment> attachments) {
		this(to, subject, text, attachments, null, Map.of());
	}

	public MailMessage(String to, String subject, String text) {
		this(to, subject, text, List.of());
	}

	/** This mail with {@code attachment} added. */
	public MailMessage with(MailAttachment attachment) {
		return new MailMessage(to, subject, text,
				java.util.stream.Stream.concat(attachments.stream(), java.util.stream.Stream.of(attachment)).toList(), html,
				headers);
	}

	/** This mail with an HTML version of its text. */
	public MailMessage withHtml(String html) {
		return new MailMessage(to, subject, text, attachments, html, headers);
	}

	/** This mail with one more header of its own. */
	public MailMessage withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(headers);
		more.put(name, value);
		return new MailMessage(to, subject, text, attachments, html, more);
	}

	static Map<String, String> checked(Map<String, String> headers) {
		if (headers == null || headers.isEmpty()) {
			return Map.of();
		}
		headers.forEach((name, value) -> {
			if (name == null || !HEADER_NAME.matcher(name).matches() || OWN_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
				throw new IllegalArgumentException("Not a header a mail may set: " + name);
			}
			if (value == null || value.isBlank() || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
				throw new IllegalArgumentException("Header " + name + " needs a value on one line");
			}
		});
		return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
	}
}
