package nl.alliantie.newsletter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.newsletter.editorial.Articles;
import nl.alliantie.newsletter.editorial.CopyReminders;
import nl.alliantie.newsletter.sending.Sending;
import nl.alliantie.newsletter.editorial.Issues;
import nl.alliantie.shared.time.DutchTime;

/** Issues of their own for tests that share one database. */
@Component
public class NewsletterFixtures {

	private final Issues issues;

	private final CopyReminders reminders;

	private final Articles articles;

	private final Sending sending;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	NewsletterFixtures(Issues issues, CopyReminders reminders, Articles articles, Sending sending, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.clock = clock;
		this.issues = issues;
		this.reminders = reminders;
		this.articles = articles;
		this.sending = sending;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** A subscriber as the flow leaves one (double opt-in is tested in {@code SubscriptionTest}); returns the address. */
	public String subscriber(String email, String status) {
		jdbc.sql("""
				insert into newsletter_subscriber (email, status, source, unsubscribe_token, created_at, confirmed_at)
				values (:email, :status, 'FORM', :token, now(), case when :status = 'CONFIRMED' then now() end)
				""")
			.param("email", email).param("status", status)
			.param("token", token())
			.update();
		return email;
	}

	/** {@code count} confirmed subscribers {@code <prefix>-<n>@test.alliantie.local}, written set-based. */
	public int subscribers(String prefix, int count) {
		return jdbc.sql("""
				insert into newsletter_subscriber (email, status, source, unsubscribe_token, created_at, confirmed_at)
				select :prefix || '-' || n || '@test.alliantie.local', 'CONFIRMED', 'IMPORT',
				       replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', ''), now(), now()
				from generate_series(1, :count) n
				""")
			.param("prefix", prefix).param("count", count)
			.update();
	}

	/** Removes what {@link #subscribers} made, so that later sends in the shared database stay small. */
	public int removeSubscribers(String prefix) {
		return jdbc.sql("delete from newsletter_subscriber where email like :prefix || '-%@test.alliantie.local'")
			.param("prefix", prefix).update();
	}

	private static String token() {
		byte[] raw = new byte[32];
		ThreadLocalRandom.current().nextBytes(raw);
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
	}

	/** An accepted article not placed in any issue. */
	public long acceptedArticle(String title) {
		long article = articles.write(title, "", "Tekst.", "Utrecht", "schrijver@test.alliantie.local", "Sanne Schrijver", null, true);
		articles.accept(article, "Redactie");
		return article;
	}

	/** A planned issue holding one accepted article. */
	public long issueWithArticle(String theme, String title, String body) {
		long issue = issue(theme);
		long article = articles.write(title, "", body, "Utrecht", "schrijver@test.alliantie.local", "Sanne Schrijver", null, true);
		articles.accept(article, "Redactie");
		articles.place(article, issue, "Redactie");
		return issue;
	}

	/** Sends the issue and pauses it in the same transaction, so that no mail goes before the pause. */
	public void sendPaused(long issue) {
		transactions.executeWithoutResult(tx -> {
			sending.send(issue);
			sending.pause(issue);
		});
	}

	/** A planned issue with a far-away copy deadline (so it triggers no reminder). */
	public long issue(String theme) {
		return issueWithDeadline(theme, today().plusDays(60));
	}

	/** Today in Dutch time, from the application's clock. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(DutchTime.ZONE));
	}

	/** A planned issue in a year and number no other test uses. */
	public long issueWithDeadline(String theme, LocalDate deadline) {
		while (true) {
			int year = ThreadLocalRandom.current().nextInt(2030, 2200);
			int number = ThreadLocalRandom.current().nextInt(1, 100);
			Optional<Long> id = issues.plan(year, number, theme, deadline, deadline.plusDays(14));
			if (id.isPresent()) {
				return id.get();
			}
		}
	}

	public int remind() {
		return reminders.remind();
	}
}
