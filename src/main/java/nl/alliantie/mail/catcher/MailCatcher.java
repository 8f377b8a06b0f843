package nl.alliantie.mail.catcher;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

/**
 * An SMTP server inside the application that keeps every mail it receives, newest first, for the
 * postvak and for tests. It keeps them in memory: the outbox is the lasting record of what was sent.
 */
public class MailCatcher {

	/** One received mail. */
	public record CaughtMail(int number, @Nullable String messageId, Instant receivedAt, String from, String to,
			String subject, @Nullable String text, List<CaughtFile> files) {

		public CaughtMail {
			files = files == null ? List.of() : List.copyOf(files);
		}

		/** The file called {@code name}, if the mail has one. */
		public Optional<CaughtFile> file(String name) {
			return files.stream().filter(file -> file.name().equals(name)).findFirst();
		}
	}

	/** A file attached to a received mail. */
	public record CaughtFile(String name, String contentType, byte[] content) {

		public String text() {
			return new String(content, java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	private final GreenMail greenMail;

	MailCatcher(int port) {
		ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		this.greenMail = new GreenMail(port == 0 ? setup.dynamicPort() : setup)
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
	}

	void start() {
		greenMail.start();
	}

	void stop() {
		greenMail.stop();
	}

	public int port() {
		return greenMail.getSmtp().getPort();
	}

	/** Drops every caught mail to {@code address} (the person was erased). */
	public void forget(String address) {
		for (String candidate : java.util.stream.Stream.of(address.trim(), address.trim().toLowerCase(java.util.Locale.ROOT))
			.distinct()
			.toList()) {
			com.icegreen.greenmail.user.GreenMailUser user = greenMail.getUserManager().getUserByEmail(candidate);
			if (user != null) {
				try {
					greenMail.getManagers().getImapHostManager().getInbox(user).deleteAllMessages();
				}
				catch (com.icegreen.greenmail.store.FolderException e) {
					throw new IllegalStateException("Could not empty the postvak of an erased address", e);
				}
			}
		}
	}

	public int count() {
		return greenMail.getReceivedMessages().length;
	}

	/** Mails received, newest first, {@code size} from {@code offset}. */
	public List<CaughtMail> newestFirst(int offset, int size) {
		MimeMessage[] received = greenMail.getReceivedMessages();
		List<CaughtMail> page = new ArrayList<>();
		for (int i = received.length - 1 - offset; i >= 0 && page.size() < size; i--) {
			page.add(read(i + 1, received[i]));
		}
		return page;
	}

	public Optional<CaughtMail> number(int number) {
		MimeMessage[] received = greenMail.getReceivedMessages();
		if (number < 1 || number > received.length) {
			return Optional.empty();
		}
		return Optional.of(read(number, received[number - 1]));
	}

	/** The received message itself, headers and all parts, e.g. for a test. */
	/** The mails received after the first {@code seen}, oldest first (the bounce reader's round). */
	public List<MimeMessage> after(int seen) {
		MimeMessage[] received = greenMail.getReceivedMessages();
		return seen >= received.length ? List.of() : Arrays.asList(received).subList(Math.max(0, seen), received.length);
	}

	public Optional<MimeMessage> message(int number) {
		MimeMessage[] received = greenMail.getReceivedMessages();
		return number < 1 || number > received.length ? Optional.empty() : Optional.of(received[number - 1]);
	}

	/** All mails to {@code address}, oldest first. */
	public List<CaughtMail> to(String address) {
		MimeMessage[] received = greenMail.getReceivedMessages();
		List<CaughtMail> mails = new ArrayList<>();
		for (int i = 0; i < received.length; i++) {
			CaughtMail mail = read(i + 1, received[i]);
			if (mail.to().toLowerCase().contains(address.toLowerCase())) {
				mails.add(mail);
			}
		}
		mails.sort(Comparator.comparingInt(CaughtMail::number));
		return mails;
	}

	private static CaughtMail read(int number, MimeMessage message) {
		try {
			Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
					: message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
			return new CaughtMail(number, message.getMessageID(), received, join(message.getFrom()),
					join(message.getRecipients(Message.RecipientType.TO)), message.getSubject(), text(message),
					files(message));
		}
		catch (MessagingException | IOException e) {
			return new CaughtMail(number, null, Instant.EPOCH, "", "", "(onleesbaar bericht)", e.getMessage(),
					List.of());
		}
	}

	private static String join(Address[] addresses) {
		return addresses == null ? ""
				: String.join(", ", Arrays.stream(addresses).map(Address::toString).toList());
	}

	private static List<CaughtFile> files(jakarta.mail.Part part) throws MessagingException, IOException {
		if (!(part.getContent() instanceof Multipart multipart)) {
			return List.of();
		}
		List<CaughtFile> files = new ArrayList<>();
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart body = multipart.getBodyPart(i);
			if (body.getFileName() != null) {
				try (var in = body.getInputStream()) {
					files.add(new CaughtFile(body.getFileName(), body.getContentType(), in.readAllBytes()));
				}
			}
		}
		return files;
	}

	private static String text(jakarta.mail.Part part) throws MessagingException, IOException {
		Object content = part.getContent();
		if (content instanceof String text) {
			return text;
		}
		if (content instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				if (body.isMimeType("text/plain") || body.isMimeType("multipart/*")) {
					return text(body);
				}
			}
		}
		return "";
	}
}
