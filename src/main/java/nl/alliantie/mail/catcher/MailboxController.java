package nl.alliantie.mail.catcher;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.PageNumber;

/** The postvak: every mail the in-process SMTP server caught, for the secretariat. */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class MailboxController {

	static final int PAGE_SIZE = 20;

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

	/** A piece of a mail body: plain text, or a link to show as one. */
	public record Segment(String text, boolean link) {
	}

	public record ShownMail(MailCatcher.CaughtMail mail, List<Segment> body) {
	}

	public record MailboxPage(boolean catching, @Nullable String smtpHost, int total, int page, boolean hasNext,
			List<ShownMail> mails) {
	}

	private final ObjectProvider<MailCatcher> catcher;

	private final Environment environment;

	MailboxController(ObjectProvider<MailCatcher> catcher, Environment environment) {
		this.catcher = catcher;
		this.environment = environment;
	}

	@GetMapping("/beheer/postvak")
	String mailbox(@RequestParam(defaultValue = "1") int pagina, Model model) {
		MailCatcher mails = catcher.getIfAvailable();
		if (mails == null) {
			model.addAttribute("page", new MailboxPage(false, environment.getProperty("spring.mail.host"), 0, 1,
					false, List.of()));
			return "mail/mailbox";
		}
		int page = PageNumber.of(pagina);
		int total = mails.count();
		List<ShownMail> shown = mails.newestFirst((page - 1) * PAGE_SIZE, PAGE_SIZE)
			.stream()
			.map(mail -> new ShownMail(mail, segments(mail.text())))
			.toList();
		model.addAttribute("page",
				new MailboxPage(true, null, total, page, page * PAGE_SIZE < total, shown));
		return "mail/mailbox";
	}

	static List<Segment> segments(@Nullable String text) {
		List<Segment> segments = new ArrayList<>();
		String body = text == null ? "" : text;
		Matcher matcher = LINK.matcher(body);
		int at = 0;
		while (matcher.find()) {
			if (matcher.start() > at) {
				segments.add(new Segment(body.substring(at, matcher.start()), false));
			}
			segments.add(new Segment(matcher.group(), true));
			at = matcher.end();
		}
		if (at < body.length()) {
			segments.add(new Segment(body.substring(at), false));
		}
		return segments;
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		AdminLink mailboxAdminLink() {
			return new AdminLink("mail.mailbox.title", "mail.mailbox.description", "/beheer/postvak", 80,
					"SECRETARIAAT");
		}
	}
}
