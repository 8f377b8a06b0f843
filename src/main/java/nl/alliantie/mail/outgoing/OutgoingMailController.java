package nl.alliantie.mail.outgoing;

import nl.alliantie.shared.time.DutchTime;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.alliantie.shared.web.AdminLink;
import nl.alliantie.shared.web.PageNumber;

/**
 * The outbox for the secretariat: how many mails wait, went out or failed, and one list at a time.
 * Always two queries: the counts and one page of the chosen list.
 */
@Controller
@PreAuthorize("@access.isSecretariat()")
public class OutgoingMailController {

	static final int PAGE_SIZE = 25;

	/** Which list the page shows; the Dutch name is the value of {@code ?toon=}. */
	public enum View {

		FAILED("mislukt", "status = 'FAILED'", "finished_at desc, id desc"),
		WAITING("wachtend", "status = 'PENDING'", "next_attempt_at, id"),
		SENT("verzonden", "status = 'SENT'", "finished_at desc, id desc");

		private final String param;

		final String where;

		final String order;

		View(String param, String where, String order) {
			this.param = param;
			this.where = where;
			this.order = order;
		}

		public String param() {
			return param;
		}

		static View of(String param) {
			for (View view : values()) {
				if (view.param.equals(param)) {
					return view;
				}
			}
			return FAILED;
		}
	}

	public record Counts(long waiting, long retrying, long sending, long sent, long failed) {
	}

	/** One mail in the list; times are already written for the reader. */
	public record Row(long id, String purpose, String recipient, String subject, int attempts, boolean sending,
			String lastError, @Nullable Instant queuedAt, @Nullable Instant nextAttemptAt, @Nullable Instant finishedAt) {
	}

	public record OutgoingPage(Counts counts, View view, List<Row> rows, int page, boolean hasNext,
			DateTimeFormatter times) {

		public String time(Instant instant) {
			return instant == null ? "" : times.format(instant);
		}
	}

	private final OutgoingMail mails;

	OutgoingMailController(OutgoingMail mails) {
		this.mails = mails;
	}

	@GetMapping("/beheer/postvak/uitgaand")
	String outgoing(@RequestParam(name = "toon", required = false) String shown,
			@RequestParam(defaultValue = "1") int pagina, Locale locale, Model model) {
		View view = View.of(shown);
		int page = PageNumber.of(pagina);
		List<Row> rows = mails.rows(view, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
		boolean hasNext = rows.size() > PAGE_SIZE;
		DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(DutchTime.ZONE);
		model.addAttribute("page", new OutgoingPage(mails.counts(), view, hasNext ? rows.subList(0, PAGE_SIZE) : rows, page,
				hasNext, times));
		return "mail/outgoing";
	}

	@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
	static class Links {

		@Bean
		AdminLink outgoingMailAdminLink() {
			return new AdminLink("mail.outgoing.title", "mail.outgoing.description", "/beheer/postvak/uitgaand", 81,
					"SECRETARIAAT");
		}
	}
}
