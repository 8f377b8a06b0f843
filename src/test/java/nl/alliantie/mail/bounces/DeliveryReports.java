package nl.alliantie.mail.bounces;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Delivery status notifications as mail servers write them (RFC 3464: a human part, the
 * machine-readable {@code message/delivery-status}, and the headers of the returned mail), for tests.
 */
public final class DeliveryReports {

	private DeliveryReports() {
	}

	/**
	 * A report as Postfix writes it, sent to {@code to} (our return path), about {@code recipient}.
	 *
	 * @param status {@code 5.1.1} (hard), {@code 4.2.2} (soft)
	 * @param action {@code failed} or {@code delayed}
	 * @param returnedMessageId the Message-ID in the returned headers, or null
	 */
	public static MimeMessage dsn(String reportId, String to, String recipient, String action, String status,
			String diagnostic, String returnedMessageId) throws MessagingException {
		String boundary = "=_report_" + Math.abs(reportId.hashCode());
		String text = """
				Message-ID: %s
				From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
				To: %s
				Subject: Undelivered Mail Returned to Sender
				MIME-Version: 1.0
				Content-Type: multipart/report; report-type=delivery-status; boundary="%s"

				--%s
				Content-Type: text/plain; charset=us-ascii

				This is the mail system at host mx.example.org.

				I'm sorry to have to inform you that your message could not
				be delivered to one or more recipients.

				--%s
				Content-Type: message/delivery-status

				Reporting-MTA: dns; mx.example.org
				Arrival-Date: Mon,  7 Dec 2026 10:00:00 +0100 (CET)

				Final-Recipient: rfc822; %s
				Original-Recipient: rfc822;%s
				Action: %s
				Status: %s
				Remote-MTA: dns; mail.example.org
				Diagnostic-Code: smtp; %s

				--%s
				Content-Type: text/rfc822-headers

				Return-Path: <%s>
				From: Alliantie <secretariaat@alliantie.local>
				To: %s
				Subject: Alliantie nieuwsbrief
				%s
				--%s--
				""".formatted(reportId, to, boundary, boundary, boundary, recipient, recipient, action, status,
				diagnostic, boundary, to, recipient,
				returnedMessageId == null ? "" : "Message-ID: " + returnedMessageId + "\n", boundary);
		return parse(text);
	}

	/** What a mail program sends for the {@code mailto:} of {@code List-Unsubscribe}. */
	public static MimeMessage unsubscribe(String reportId, String from, String to, String token) throws MessagingException {
		return parse("""
				Message-ID: %s
				From: %s
				To: %s
				Subject: afmelden %s
				MIME-Version: 1.0
				Content-Type: text/plain; charset=utf-8

				Dit is een verzoek om af te melden.
				""".formatted(reportId, from, to, token));
	}

	/** An out-of-office reply: not ours to read. */
	public static MimeMessage outOfOffice(String reportId, String to) throws MessagingException {
		return parse("""
				Message-ID: %s
				From: lezer@example.org
				To: %s
				Subject: Afwezig: Alliantie nieuwsbrief
				MIME-Version: 1.0
				Content-Type: text/plain; charset=utf-8

				Ik ben tot maandag afwezig.
				""".formatted(reportId, to));
	}

	private static MimeMessage parse(String text) throws MessagingException {
		return new MimeMessage(Session.getInstance(new Properties()),
				new java.io.ByteArrayInputStream(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
	}
}
