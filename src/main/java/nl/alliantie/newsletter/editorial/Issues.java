package nl.alliantie.newsletter.editorial;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.shared.time.DutchTime;

/** The year plan of issues and an issue's introduction; sending marks an issue sent (see {@code sending}). */
@Service
public class Issues {

	/** An issue of the plan. */
	public record Issue(long id, int year, int number, String theme, LocalDate copyDeadline, LocalDate plannedOn,
			String introduction, IssueStatus status, @Nullable Instant sentAt) {

		public String label() {
			return number + "/" + year;
		}
	}

	static final String COLUMNS = "id, year, number, theme, copy_deadline, planned_on, introduction, status, sent_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	Issues(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<Issue> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from newsletter_issue where id = :id").param("id", id)
			.query(Issues::map).optional();
	}

	/** The plan of one year, by planned date. A year holds 6 to 8 issues, so it is one short page. */
	public List<Issue> ofYear(int year) {
		return jdbc.sql("select " + COLUMNS + " from newsletter_issue where year = :year order by planned_on, number")
			.param("year", year).query(Issues::map).list();
	}

	/** Issues not sent yet, soonest first (to place an article in). */
	public List<Issue> open() {
		return jdbc.sql("select " + COLUMNS + " from newsletter_issue where status = 'PLANNED' order by planned_on, id limit 50")
			.query(Issues::map).list();
	}

	public int thisYear() {
		return LocalDate.now(clock.withZone(DutchTime.ZONE)).getYear();
	}

	/** Adds an issue to the plan; empty when the year has that number already. */
	@Transactional
	public Optional<Long> plan(int year, int number, String theme, LocalDate copyDeadline, LocalDate plannedOn) {
		try {
			return Optional.of(jdbc.sql("""
					insert into newsletter_issue (year, number, theme, copy_deadline, planned_on)
					values (:year, :number, :theme, :deadline, :planned) returning id
					""")
				.param("year", year)
				.param("number", number)
				.param("theme", theme)
				.param("deadline", copyDeadline)
				.param("planned", plannedOn)
				.query(Long.class)
				.single());
		}
		catch (DuplicateKeyException e) {
			return Optional.empty();
		}
	}

	/** Changes the plan of an issue not sent yet; false when the number is taken. */
	@Transactional
	public boolean change(long id, String theme, LocalDate copyDeadline, LocalDate plannedOn, String introduction) {
		Issue issue = find(id).orElseThrow(() -> new EditorialRuleBroken("newsletter.rule.unknown"));
		if (issue.status() == IssueStatus.SENT) {
			throw new EditorialRuleBroken("newsletter.rule.issueSent");
		}
		return jdbc.sql("""
				update newsletter_issue
				set theme = :theme, copy_deadline = :deadline, planned_on = :planned, introduction = :intro,
				    reminded_at = case when copy_deadline = :deadline then reminded_at end
				where id = :id and status = 'PLANNED'
				""")
			.param("id", id)
			.param("theme", theme)
			.param("deadline", copyDeadline)
			.param("planned", plannedOn)
			.param("intro", introduction)
			.update() == 1;
	}

	/**
	 * Marks the issues whose copy deadline is at most {@code days} days away as reminded and
	 * returns them; run in the transaction that queues the reminders, so each is reminded once.
	 */
	@Transactional
	public List<Issue> dueForReminder(int days) {
		LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
		return jdbc.sql("""
				update newsletter_issue set reminded_at = :now
				where reminded_at is null and status = 'PLANNED' and copy_deadline between :today and :until
				returning """ + " " + COLUMNS)
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("today", today)
			.param("until", today.plusDays(days))
			.query(Issues::map)
			.list();
	}

	static Issue map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		java.sql.Timestamp sent = rs.getTimestamp("sent_at");
		return new Issue(rs.getLong("id"), rs.getInt("year"), rs.getInt("number"), rs.getString("theme"),
				rs.getObject("copy_deadline", LocalDate.class), rs.getObject("planned_on", LocalDate.class),
				rs.getString("introduction"), IssueStatus.valueOf(rs.getString("status")),
				sent == null ? null : sent.toInstant());
	}
}
