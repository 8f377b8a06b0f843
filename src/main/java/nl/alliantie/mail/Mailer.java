package nl.alliantie.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.AlliantieProperties;

/** Sends mail over SMTP. Throws {@link org.springframework.mail.MailException} when that fails. */
@Component
public class Mailer {

	private final JavaMailSender sender;

	private final AlliantieProperties properties;

	Mailer(JavaMailSender sender, AlliantieProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	public void send(MailMessage mail) {
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(properties.mail().from(), properties.name());
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.text(), false);
		}
		catch (MessagingException | java.io.UnsupportedEncodingException e) {
			throw new MailPreparationException(e);
		}
		sender.send(message);
	}
}
