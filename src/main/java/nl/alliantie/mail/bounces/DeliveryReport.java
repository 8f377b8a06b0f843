package nl.alliantie.mail.bounces;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.jspecify.annotations.Nullable;

/**
 * What one mail in the bounce mailbox says: a delivery status notification (RFC 3464,
 * {@code multipart/report; report-type=delivery-status}) about one of our mails, a request to
 * unsubscribe (the {@code mailto:} of {@code List-Unsubscribe}: subject {@code afmelden <token>}),
 * or something else (an out-of-office reply, spam), which is left for a person.
 * <p>
 * A report names our mail by the address it was sent to, our VERP return path
 * {@code bounces+m<id>@…} (in {@code To}, {@code Delivered-To}, {@code X-Original-To} or
 * {@code Envelope-To}); failing that, by the {@code Message-ID} of the returned headers.
 */
record DeliveryReport(Kind kind, @Nullable Long mailId, @Nullable String originalMessageId, @Nullable String recipient, boolean hard, @Nullable String reason,
		@Nullable String token, String reportId) {

	enum Kind {
		/** A mail of ours failed, for good (5.x.x) or for now (4.x.x). */
		BOUNCE,
		/** A report that a mail is only late ({@code Action: delayed}), or delivered: nothing to do. */
		NO_FAILURE,
		/** Someone asked to unsubscribe by mail. */
		UNSUBSCRIBE,
		/** Not ours to read. */
		OTHER
	}

	static final int MAX_REASON = 500;

	private static final Pattern VERP = Pattern.compile("\\+m(\\d{1,18})@", Pattern.CASE_INSENSITIVE);

	private static final Pattern UNSUBSCRIBE = Pattern
		.compile("^\\s*(?:afmelden|unsubscribe)\\s+([A-Za-z0-9_-]{16,100})\\s*$", Pattern.CASE_INSENSITIVE);

	private static final Pattern STATUS = Pattern.compile("([245])\\.\\d{1,3}\\.\\d{1,3}");

	private static final List<String> ENVELOPE_HEADERS = List.of("To", "Delivered-To", "X-Original-To", "Envelope-To",
			"X-Envelope-To");

	/** Reads one message of the mailbox; never throws for a strange message, it is then {@link Kind#OTHER}. */
	static DeliveryReport read(MimeMessage message) {
		String reportId = reportId(message);
		try {
			if (isDeliveryReport(message)) {
				return readReport(message, reportId);
			}
			String subject = Optional.ofNullable(message.getSubject()).orElse("");
			Matcher unsubscribe = UNSUBSCRIBE.matcher(subject);
			if (unsubscribe.matches()) {
				return new DeliveryReport(Kind.UNSUBSCRIBE, null, null, null, false, null, unsubscribe.group(1), reportId);
			}
		}
		catch (MessagingException | IOException | RuntimeException unreadable) {
			return other(reportId);
		}
		return other(reportId);
	}

	private static DeliveryReport other(String reportId) {
		return new DeliveryReport(Kind.OTHER, null, null, null, false, null, null, reportId);
	}

	private static boolean isDeliveryReport(Message message) throws MessagingException {
		ContentType type = new ContentType(message.getContentType());
		return type.match("multipart/report") && "delivery-status".equalsIgnoreCase(type.getParameter("report-type"));
	}

	private static DeliveryReport readReport(MimeMessage message, String reportId) throws MessagingException, IOException {
		Multipart parts = (Multipart) message.getContent();
		Map<String, String> recipientFields = Map.of();
		String humanText = "";
		String returnedMessageId = null;
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			ContentType type = new ContentType(part.getContentType());
			if (type.match("message/delivery-status") || type.match("message/global-delivery-status")) {
				recipientFields = firstFailedRecipient(text(part));
			}
			else if (type.match("text/rfc822-headers") || type.match("message/rfc822-headers")) {
				returnedMessageId = header(text(part), "Message-ID");
			}
			else if (type.match("message/rfc822")) {
				returnedMessageId = returnedMessageId(part);
			}
			else if (i == 0 && type.match("text/plain")) {
				humanText = text(part);
			}
		}
		Long mailId = verpMailId(message);
		String action = recipientFields.getOrDefault("action", "").toLowerCase(Locale.ROOT);
		String status = recipientFields.getOrDefault("status", "");
		Matcher code = STATUS.matcher(status);
		String recipient = address(recipientFields.getOrDefault("final-recipient",
				recipientFields.getOrDefault("original-recipient", "")));
		if (!action.equals("failed") || !code.find() || code.group(1).equals("2")) {
			return new DeliveryReport(Kind.NO_FAILURE, mailId, returnedMessageId, recipient, false, null, null, reportId);
		}
		boolean hard = code.group(1).equals("5");
		String diagnostic = recipientFields.getOrDefault("diagnostic-code", "");
		String reason = code.group() + " " + (diagnostic.isBlank() ? firstLine(humanText) : withoutType(diagnostic));
		return new DeliveryReport(Kind.BOUNCE, mailId, returnedMessageId, recipient, hard, shorten(reason.strip()), null,
				reportId);
	}

	/** The fields of the first recipient whose delivery failed (else the first recipient's), names in lower case. */
	static Map<String, String> firstFailedRecipient(String deliveryStatus) {
		List<Map<String, String>> blocks = new ArrayList<>();
		for (String block : deliveryStatus.replace("\r\n", "\n").split("\n\\s*\n")) {
			Map<String, String> fields = fields(block);
			if (!fields.isEmpty()) {
				blocks.add(fields);
			}
		}
		// the first block is about the message, the others each about one recipient
		List<Map<String, String>> recipients = blocks.stream()
			.filter(fields -> fields.containsKey("final-recipient") || fields.containsKey("action"))
			.toList();
		return recipients.stream()
			.filter(fields -> "failed".equalsIgnoreCase(fields.getOrDefault("action", "")))
			.findFirst()
			.orElse(recipients.isEmpty() ? Map.of() : recipients.get(0));
	}

	private static Map<String, String> fields(String block) {
		Map<String, String> fields = new LinkedHashMap<>();
		String name = null;
		for (String line : block.split("\n")) {
			if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && name != null) {
				fields.merge(name, " " + line.strip(), String::concat);
				continue;
			}
			int colon = line.indexOf(':');
			if (colon > 0) {
				name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
				fields.put(name, line.substring(colon + 1).strip());
			}
		}
		return fields;
	}

	static @Nullable Long verpMailId(Message message) throws MessagingException {
		for (String name : ENVELOPE_HEADERS) {
			String[] values = message.getHeader(name);
			if (values == null) {
				continue;
			}
			for (String value : values) {
				Matcher verp = VERP.matcher(value);
				if (verp.find()) {
					return Long.parseLong(verp.group(1));
				}
			}
		}
		return null;
	}

	private static @Nullable String returnedMessageId(Part part) throws MessagingException, IOException {
		Object content = part.getContent();
		if (content instanceof Message returned) {
			String[] ids = returned.getHeader("Message-ID");
			return ids == null ? null : ids[0].strip();
		}
		return header(text(part), "Message-ID");
	}

	private static @Nullable String header(String headers, String name) {
		for (String line : headers.replace("\r\n", "\n").split("\n")) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
				return line.substring(colon + 1).strip();
			}
		}
		return null;
	}

	private static String text(Part part) throws MessagingException, IOException {
		Object content = part.getContent();
		if (content instanceof String text) {
			return text;
		}
		try (InputStream in = part.getInputStream()) {
			return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
		}
	}

	/** {@code rfc822; lezer@example.org} → {@code lezer@example.org}. */
	private static String address(String field) {
		int semicolon = field.indexOf(';');
		String address = (semicolon >= 0 ? field.substring(semicolon + 1) : field).strip();
		return address.startsWith("<") && address.endsWith(">") ? address.substring(1, address.length() - 1) : address;
	}

	/** {@code smtp; 550 5.1.1 User unknown} → {@code 550 5.1.1 User unknown}. */
	private static String withoutType(String diagnostic) {
		int semicolon = diagnostic.indexOf(';');
		return semicolon >= 0 && semicolon < 12 ? diagnostic.substring(semicolon + 1).strip() : diagnostic.strip();
	}

	private static String firstLine(String text) {
		return text.strip().lines().findFirst().orElse("");
	}

	private static String shorten(String text) {
		return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON);
	}

	private static String reportId(MimeMessage message) {
		try {
			String id = message.getMessageID();
			if (id != null && !id.isBlank()) {
				return MimeUtility.unfold(id).strip();
			}
		}
		catch (MessagingException unreadable) {
			// named by its content below
		}
		// a report without a Message-ID: the digest of the message as it arrived names it, the same each time it is read
		try (java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream()) {
			message.writeTo(raw);
			return "sha256:" + java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(raw.toByteArray()));
		}
		catch (IOException | MessagingException unreadable) {
			return "sha256:unreadable";
		}
		catch (java.security.NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every JDK has SHA-256", impossible);
		}
	}
}
