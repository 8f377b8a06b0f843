package nl.alliantie.conferences.evaluations;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.accounts.LinkTokens;
import nl.alliantie.conferences.DayId;
import nl.alliantie.conferences.RegistrationId;
import nl.alliantie.conferences.mails.ConferenceMails;
import nl.alliantie.conferences.registrations.RegistrationNotices;
import nl.alliantie.shared.csv.Csv;

/**
 * The evaluation after a day: one link per participant that works once, the form, and the results
 * per part of the program and per workshop. Answers are stored without the name; only the link
 * between evaluation and registration prevents a second answer.
 */
@Service
public class Evaluations {

	public static final String LINK_PURPOSE = "conferences.evaluation";

	/** The parts of the program that get a mark, as stored. */
	public static final List<String> PARTS = List.of("introduction", "contributions", "intermezzo", "workshop", "overall");

	/** How one part was marked: the count per mark 1..5 and the average. */
	public record PartResult(String part, int[] counts) {

		public int total() {
			int total = 0;
			for (int count : counts) {
				total += count;
			}
			return total;
		}

		public double average() {
			int total = total();
			if (total == 0) {
				return 0;
			}
			double sum = 0;
			for (int mark = 1; mark <= 5; mark++) {
				sum += mark * counts[mark - 1];
			}
			return sum / total;
		}

		public String averageText() {
			return total() == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f", average()).replace('.', ',');
		}
	}

	public record WorkshopResult(String workshop, int answers, double average) {

		public String averageText() {
			return answers == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f", average).replace('.', ',');
		}
	}

	public record OpenAnswer(String liked, String improve, String nextTime) {
	}

	/** The form behind a link: which day, and whether it can still be used. */
	public record Invitation(long registrationId, long dayId, int year, int number, String town, LocalDate date,
			String workshop) {
	}

	public static class Refused extends RuntimeException {

		public Refused() {
			super("evaluation refused");
		}
	}

	private final JdbcClient jdbc;

	private final LinkTokens tokens;

	private final RegistrationNotices notices;

	private final ConferenceMails mails;

	private final Clock clock;

	Evaluations(JdbcClient jdbc, LinkTokens tokens, RegistrationNotices notices, ConferenceMails mails, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.tokens = tokens;
		this.notices = notices;
		this.mails = mails;
	}

	/**
	 * Sends each registered person of the day who has neither had a link nor answered yet (the
	 * secretariat may have sent one by hand) a link to the form; returns
	 * how many went out. Refused before the day.
	 */
	@Transactional
	public int sendLinks(long dayId) {
		LocalDate date = jdbc.sql("select date from conferences_day where id = :id for update")
			.param("id", dayId)
			.query(LocalDate.class)
			.single();
		if (date.isAfter(LocalDate.now(clock))) {
			throw new Refused();
		}
		List<Long> ids = jdbc.sql("""
				insert into conferences_notice (registration_id, kind)
				select r.id, 'evaluation' from conferences_registration r
				where r.day_id = :day and r.status = 'registered'
				  and not exists (select 1 from conferences_evaluation v where v.registration_id = r.id)
				on conflict do nothing returning registration_id
				""")
			.param("day", dayId)
			.query(Long.class)
			.list();
		for (long id : ids) {
			String token = tokens.issueOneTime(LINK_PURPOSE, Long.toString(id), Duration.ofDays(60));
			mails.evaluation(notices.about(id), token);
		}
		return ids.size();
	}

	/** A link for one registration, for tests and for the secretariat to resend by hand. */
	@Transactional
	public String issueLink(long registrationId) {
		return tokens.issueOneTime(LINK_PURPOSE, Long.toString(registrationId), Duration.ofDays(60));
	}

	public Optional<Invitation> invitation(String token) {
		return tokens.subjectOf(LINK_PURPOSE, token)
			.flatMap(id -> jdbc.sql("""
					select r.id, r.day_id, e.year, d.number, d.town, d.date, case when r.workshop_status = 'placed' then w.title end
					from conferences_registration r
					join conferences_day d on d.id = r.day_id
					join conferences_edition e on e.id = d.edition_id
					left join conferences_session s on s.id = r.session_id
					left join conferences_workshop w on w.id = s.workshop_id
					where r.id = :id and not exists (select 1 from conferences_evaluation v where v.registration_id = r.id)
					""")
				.param("id", id)
				.query((rs, n) -> new Invitation(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4),
						rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7)))
				.optional());
	}

	/** Stores the answers and uses up the link; a second submit through the same link is refused. */
	@Transactional
	public void submit(String token, EvaluationForm form) {
		long id = tokens.consume(LINK_PURPOSE, token).map(Long::parseLong).orElseThrow(Refused::new);
		long dayId;
		try {
			dayId = jdbc.sql("""
					insert into conferences_evaluation (registration_id, day_id, session_id, mark_introduction,
					  mark_contributions, mark_intermezzo, mark_workshop, mark_overall, liked, improve, next_time)
					select r.id, r.day_id, case when r.workshop_status = 'placed' then r.session_id end,
					       :introduction, :contributions, :intermezzo, :workshop, :overall, :liked, :improve, :next
					from conferences_registration r where r.id = :id
					returning day_id
					""")
				.param("id", id)
				.param("introduction", form.inleiding())
				.param("contributions", form.bijdragen())
				.param("intermezzo", form.intermezzo())
				.param("workshop", form.werkgroep())
				.param("overall", form.totaal())
				.param("liked", trim(form.goed()))
				.param("improve", trim(form.beter()))
				.param("next", trim(form.volgende()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException e) {
			throw new Refused();
		}
	}

	public int count(long dayId) {
		return jdbc.sql("select count(*) from conferences_evaluation where day_id = :day").param("day", dayId).query(Integer.class).single();
	}

	/** Counts per mark for every part of the program, in one query. */
	public List<PartResult> results(long dayId) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		PARTS.forEach(part -> counts.put(part, new int[5]));
		jdbc.sql("""
				select part, mark, count(*) from (
				  select 'introduction' as part, mark_introduction as mark from conferences_evaluation where day_id = :day
				  union all select 'contributions', mark_contributions from conferences_evaluation where day_id = :day
				  union all select 'intermezzo', mark_intermezzo from conferences_evaluation where day_id = :day
				  union all select 'workshop', mark_workshop from conferences_evaluation where day_id = :day
				  union all select 'overall', mark_overall from conferences_evaluation where day_id = :day
				) marks where mark is not null group by part, mark
				""")
			.param("day", dayId)
			.query((java.sql.ResultSet rs) -> {
				int[] marks = counts.get(rs.getString(1)); // one of PARTS: the query names no other
				if (marks != null) {
					marks[rs.getInt(2) - 1] = rs.getInt(3);
				}
			});
		List<PartResult> results = new ArrayList<>();
		counts.forEach((part, values) -> results.add(new PartResult(part, values)));
		return results;
	}

	public List<WorkshopResult> workshopResults(long dayId) {
		return jdbc.sql("""
				select w.title, count(v.mark_workshop), coalesce(avg(v.mark_workshop), 0)
				from conferences_session s join conferences_workshop w on w.id = s.workshop_id
				left join conferences_evaluation v on v.session_id = s.id
				where s.day_id = :day group by w.number, w.title order by w.number
				""")
			.param("day", dayId)
			.query((rs, n) -> new WorkshopResult(rs.getString(1), rs.getInt(2), rs.getDouble(3)))
			.list();
	}

	/** Open answers without names, newest first. */
	public List<OpenAnswer> openAnswers(long dayId, int offset, int limit) {
		return jdbc.sql("""
				select liked, improve, next_time from conferences_evaluation
				where day_id = :day and (liked <> '' or improve <> '' or next_time <> '')
				order by created_at desc, id desc offset :offset limit :limit
				""")
			.param("day", dayId)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new OpenAnswer(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** All answers of a day as CSV (semicolons, for Dutch spreadsheets), without names. */
	public void writeCsv(long dayId, Writer out) throws IOException {
		Csv.row(out, List.of("ingevuld", "werkgroep", "inleiding", "bijdragen", "intermezzo",
				"werkgroep_cijfer", "totaal", "goed", "beter", "volgende_keer"));
		List<String[]> rows = jdbc.sql("""
				select to_char(v.created_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD'), coalesce(w.title, ''),
				       v.mark_introduction, v.mark_contributions, v.mark_intermezzo, v.mark_workshop, v.mark_overall,
				       v.liked, v.improve, v.next_time
				from conferences_evaluation v
				left join conferences_session s on s.id = v.session_id
				left join conferences_workshop w on w.id = s.workshop_id
				where v.day_id = :day order by v.created_at, v.id
				""")
			.param("day", dayId)
			.query((rs, n) -> {
				String[] row = new String[10];
				for (int i = 0; i < 10; i++) {
					row[i] = rs.getString(i + 1);
				}
				return row;
			})
			.list();
		rows.forEach(row -> Csv.row(out, java.util.Arrays.asList((Object[]) row)));
	}

	private static String trim(String text) {
		return text == null ? "" : text.trim();
	}
}
