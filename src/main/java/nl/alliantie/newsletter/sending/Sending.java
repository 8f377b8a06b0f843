package nl.alliantie.newsletter.sending;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.mail.MailKey;
import nl.alliantie.mail.MailMessage;
import nl.alliantie.mail.MailTemplate;
import nl.alliantie.mail.Outbox;
import nl.alliantie.newsletter.IssueSent;
import nl.alliantie.newsletter.editorial.Article;
import nl.alliantie.newsletter.editorial.Articles;
import nl.alliantie.newsletter.editorial.EditorialRuleBroken;
import nl.alliantie.newsletter.editorial.IssueStatus;
import nl.alliantie.newsletter.editorial.Issues;
import nl.alliantie.shared.text.Markdown;

/**
 * Sends an issue to every confirmed subscriber through the outbox: one template and one small row
 * per recipient, written set-based in the transaction that marks the issue sent, so a send started
 * twice (a double click, two editors, a retry) sends once. Pause and resume hold and release the
 * mails not sent yet.
 */
@Service("newsletterSending")
public class Sending {

	public static final String PURPOSE = "newsletter-issue";

	/** What the editors see of a send. */
	public record Report(MailTemplate.Progress progress, long bounces, long unsubscribes) {
	}

	private final Issues issues;

	private final Articles articles;

	private final IssueMail mail;

	private final Outbox outbox;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Sending(Issues issues, Articles articles, IssueMail mail, Outbox outbox, JdbcClient jdbc, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.issues = issues;
		this.articles = articles;
		this.mail = mail;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Marks the issue sent and queues it for every confirmed subscriber. Returns how many mails were
	 * queued now: 0 when the issue had been sent already.
	 */
	@Transactional
	public int send(long issueId) {
		Issues.Issue issue = issues.find(issueId).orElseThrow(() -> new EditorialRuleBroken("newsletter.rule.unknown"));
		List<Article> placed = articles.ofIssue(issueId);
		if (placed.isEmpty()) {
			throw new EditorialRuleBroken("newsletter.rule.emptyIssue");
		}
		StringBuilder text = new StringBuilder(Markdown.toText(issue.introduction()));
		for (Article article : placed) {
			text.append('\n').append(article.title()).append('\n').append(article.lead()).append('\n')
				.append(Markdown.toText(article.body()));
		}
		// the row lock makes a second start wait and then find the issue sent
		int marked = jdbc.sql("""
				update newsletter_issue set status = 'SENT', sent_at = :at, sent_text = :text
				where id = :id and status = 'PLANNED'
				""")
			.param("id", issueId)
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.param("text", text.toString())
			.update();
		if (marked == 0) {
			return 0;
		}
		events.publishEvent(new IssueSent(issueId, issue.number(), issue.year(), issue.theme(),
				LocalDate.ofInstant(clock.instant(), clock.getZone()), "/nieuwsbrief/archief/" + issueId));
		List<MailTemplate.Recipient> recipients = jdbc.sql("""
				select email, unsubscribe_token from newsletter_subscriber where status = 'CONFIRMED' order by id
				""")
			.query((rs, row) -> new MailTemplate.Recipient(rs.getString(1),
					Map.of(IssueMail.UNSUBSCRIBE, mail.unsubscribeUrl(rs.getString(2), issueId), IssueMail.TOKEN,
							rs.getString(2))))
			.list();
		return outbox.queueAll(PURPOSE, Long.toString(issueId), mail.template(issue, placed), recipients);
	}

	/** A test of the issue as it is now, to each of {@code addresses}; the unsubscribe link leads to the newsletter page. */
	@Transactional
	public int sendTest(long issueId, List<String> addresses) {
		Issues.Issue issue = issues.find(issueId).orElseThrow(() -> new EditorialRuleBroken("newsletter.rule.unknown"));
		List<Article> placed = articles.ofIssue(issueId);
		MailTemplate template = mail.template(issue, placed);
		String example = mail.unsubscribeUrl("voorbeeld", issueId);
		String key = issueId + "-" + clock.millis();
		int sent = 0;
		for (String address : addresses) {
			MailMessage message = new MailMessage(address, "[TEST] " + template.subject(),
					mail.text(issue, placed, example)).withHtml(mail.html(issue, placed, example));
			for (var header : template.headers().entrySet()) {
				message = message.withHeader(header.getKey(),
						header.getValue().replace("{{" + IssueMail.UNSUBSCRIBE + "}}", example)
							.replace("{{" + IssueMail.TOKEN + "}}", "voorbeeld"));
			}
			sent += outbox.queue(new MailKey("newsletter-test", key, address), message) ? 1 : 0;
		}
		return sent;
	}

	/** How many would get an issue sent now; an index-only count. */
	public long confirmedSubscribers() {
		return jdbc.sql("select count(*) from newsletter_subscriber where status = 'CONFIRMED'").query(Long.class).single();
	}

	public Report report(long issueId) {
		MailTemplate.Progress progress = outbox.progress(PURPOSE, Long.toString(issueId));
		var counts = jdbc.sql("""
				select (select count(*) from newsletter_bounce where issue_id = :id),
				       (select count(*) from newsletter_subscriber where left_issue_id = :id)
				""")
			.param("id", issueId)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		return new Report(progress, counts[0], counts[1]);
	}

	/** A delivery report about a mail of an issue, for the editors. */
	public record Bounce(String email, boolean hard, String reason, java.time.Instant at) {

		public String when() {
			return java.time.format.DateTimeFormatter.ofPattern("d-M-uuuu HH:mm")
				.format(at.atZone(nl.alliantie.shared.time.DutchTime.ZONE));
		}
	}

	/** The newest {@code limit} reports about mails of the issue (index {@code (issue_id, at desc)}). */
	public List<Bounce> bounces(long issueId, int limit) {
		return jdbc.sql("""
				select coalesce(email, '?'), hard, reason, at from newsletter_bounce
				where issue_id = :id order by at desc, id desc limit :limit
				""")
			.param("id", issueId)
			.param("limit", limit)
			.query((rs, row) -> new Bounce(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list();
	}

	@Transactional
	public long pause(long issueId) {
		return outbox.hold(PURPOSE, Long.toString(issueId));
	}

	@Transactional
	public long resume(long issueId) {
		return outbox.resume(PURPOSE, Long.toString(issueId));
	}

	public boolean sent(long issueId) {
		return issues.find(issueId).map(i -> i.status() == IssueStatus.SENT).orElse(false);
	}
}
