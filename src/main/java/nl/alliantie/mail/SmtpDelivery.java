package nl.alliantie.mail;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Date;
import java.util.Properties;

import javax.net.SocketFactory;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.internet.MimeUtility;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

import org.jspecify.annotations.Nullable;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Talks SMTP to the configured server (or the in-process catcher), with one connection for many
 * mails, and tells temporary failures from permanent ones.
 */
class SmtpDelivery {

	/** Why a mail did not go: {@code permanent} ones are not tried again. */
	record Failure(boolean permanent, boolean connectionLost, @Nullable String reason) {
	}

	private final JavaMailSenderImpl server;

	private final InternetAddress from;

	/** The envelope sender (return path) of every mail, made unique per mail; null: the From address. */
	private final @Nullable String bounceAddress;

	SmtpDelivery(JavaMailSenderImpl server, String fromAddress, String fromName) {
		this(server, fromAddress, fromName, null);
	}

	SmtpDelivery(JavaMailSenderImpl server, String fromAddress, String fromName, @Nullable String bounceAddress) {
		Properties settings = server.getJavaMailProperties();
		settings.putIfAbsent("mail.smtp.socketFactory", NoDelaySockets.INSTANCE);
		server.setJavaMailProperties(settings);
		this.server = server;
		this.bounceAddress = bounceAddress == null || bounceAddress.isBlank() || bounceAddress.indexOf('@') < 1 ? null
				: bounceAddress.strip();
		try {
			this.from = new InternetAddress(fromAddress, fromName, "UTF-8");
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A connected transport; the caller closes it. */
	Transport connect() throws MessagingException {
		Session session = server.getSession();
		Transport transport = session.getTransport(server.getProtocol() == null ? "smtp" : server.getProtocol());
		transport.connect(server.getHost(), server.getPort(), server.getUsername(), server.getPassword());
		return transport;
	}

	/** Hands one mail to the server; returns once the server accepted it. */
	void send(Transport transport, OutboxStore.OutboxMail mail) throws MessagingException {
		MimeMessage message = compose(mail);
		transport.sendMessage(message, message.getAllRecipients());
	}

	SMTPMessage compose(OutboxStore.OutboxMail mail) throws MessagingException {
		InternetAddress to = new InternetAddress(mail.recipient(), true);
		to.validate();
		if (to.getAddress().indexOf('@') < 1) {
			throw new AddressException("No domain in address", mail.recipient());
		}
		FixedIdMessage message = new FixedIdMessage(server.getSession(), mail.messageId());
		message.setFrom(from);
		message.setRecipient(Message.RecipientType.TO, to);
		message.setSubject(mail.subject(), "UTF-8");
		String text = mail.body() == null ? "" : mail.body();
		MimeBodyPart content = null;
		if (mail.html() != null) {
			// the same text twice: mail programs show the HTML, plain-text readers and filters the text
			MimeMultipart alternative = new MimeMultipart("alternative");
			MimeBodyPart plain = new MimeBodyPart();
			plain.setText(text, "UTF-8");
			alternative.addBodyPart(plain);
			MimeBodyPart html = new MimeBodyPart();
			html.setText(mail.html(), "UTF-8", "html");
			alternative.addBodyPart(html);
			if (mail.attachments().isEmpty()) {
				message.setContent(alternative);
			}
			else {
				content = new MimeBodyPart();
				content.setContent(alternative);
			}
		}
		else if (mail.attachments().isEmpty()) {
			message.setText(text, "UTF-8");
		}
		else {
			content = new MimeBodyPart();
			content.setText(text, "UTF-8");
		}
		if (!mail.attachments().isEmpty()) {
			MimeMultipart parts = new MimeMultipart("mixed");
			parts.addBodyPart(content);
			for (MailAttachment attachment : mail.attachments()) {
				MimeBodyPart file = new MimeBodyPart();
				file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
				file.setFileName(attachment.filename());
				file.setDisposition(MimeBodyPart.ATTACHMENT);
				parts.addBodyPart(file);
			}
			message.setContent(parts);
		}
		for (var header : mail.headers().entrySet()) {
			message.setHeader(header.getKey(), MimeUtility.fold(header.getKey().length() + 2, header.getValue()));
		}
		if (bounceAddress != null) {
			// VERP: a bounce names the mail it is about in its own address
			message.setEnvelopeFrom(bounceAddress.replaceFirst("@", "+m" + mail.id() + "@"));
		}
		// the time it was queued, so that a mail sent again is the same mail in every header
		message.setSentDate(Date.from(mail.queuedAt()));
		message.saveChanges();
		return message;
	}

	static Failure classify(Exception problem) {
		if (problem instanceof AddressException invalid) {
			return new Failure(true, false, "Ongeldig adres: " + invalid.getMessage());
		}
		for (Throwable cause = problem; cause != null; cause = next(cause)) {
			if (cause instanceof SMTPSenderFailedException refused) {
				// the server refuses our sender address: a setting to fix, not a reason to give up on the mail
				return new Failure(false, false, refused.getMessage());
			}
			int code = returnCode(cause);
			if (code >= 500) {
				return new Failure(true, false, cause.getMessage());
			}
			if (code >= 400) {
				return new Failure(false, false, cause.getMessage());
			}
		}
		// no answer from the server: the connection (or the server) is gone, so are the chances of the next mail
		return new Failure(false, true, describe(problem));
	}

	private static int returnCode(Throwable cause) {
		if (cause instanceof SMTPAddressFailedException failed) {
			return failed.getReturnCode();
		}
		if (cause instanceof SMTPSendFailedException failed) {
			return failed.getReturnCode();
		}
		return -1;
	}

	private static @Nullable Throwable next(Throwable cause) {
		if (cause instanceof MessagingException messaging && messaging.getNextException() != null
				&& messaging.getNextException() != cause) {
			return messaging.getNextException();
		}
		return cause.getCause() == cause ? null : cause.getCause();
	}

	private static String describe(Throwable problem) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = problem; cause != null && text.length() < 500; cause = next(cause)) {
			if (!text.isEmpty()) {
				text.append(": ");
			}
			text.append(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
		}
		return text.toString();
	}

	/**
	 * Sockets that send at once (TCP_NODELAY). Without it, the end of each mail (its last bytes and
	 * the closing dot) waits for the server to acknowledge the bytes before it, and a server
	 * acknowledges late (delayed ACK) because it answers only after that dot: about 40 ms per mail,
	 * which held one connection to some 1,300 mails a minute whatever the machine.
	 */
	static final class NoDelaySockets extends SocketFactory {

		static final NoDelaySockets INSTANCE = new NoDelaySockets();

		@Override
		public Socket createSocket() throws IOException {
			Socket socket = new Socket();
			socket.setTcpNoDelay(true);
			return socket;
		}

		@Override
		public Socket createSocket(String host, int port) throws IOException {
			Socket socket = createSocket();
			socket.connect(new InetSocketAddress(host, port));
			return socket;
		}

		@Override
		public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
			Socket socket = createSocket();
			socket.bind(new InetSocketAddress(localHost, localPort));
			socket.connect(new InetSocketAddress(host, port));
			return socket;
		}

		@Override
		public Socket createSocket(InetAddress host, int port) throws IOException {
			Socket socket = createSocket();
			socket.connect(new InetSocketAddress(host, port));
			return socket;
		}

		@Override
		public Socket createSocket(InetAddress host, int port, InetAddress localHost, int localPort) throws IOException {
			Socket socket = createSocket();
			socket.bind(new InetSocketAddress(localHost, localPort));
			socket.connect(new InetSocketAddress(host, port));
			return socket;
		}
	}

	/** Keeps the Message-ID given when the mail was queued, instead of making a new one. */
	private static final class FixedIdMessage extends SMTPMessage {

		private final String messageId;

		FixedIdMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}
	}
}
