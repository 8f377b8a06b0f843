package nl.alliantie.agendas.practices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.shared.memory.UntilChanged;

/**
 * The library of good practices: stored, found by Dutch full text (GIN index on a generated
 * {@code tsvector}), listed newest first; one query per page. The public pages of results are kept
 * until the practices change ({@code alliantie.practices.keep-results}, docs/adr/0037): ranking a
 * common word's matches costs a few milliseconds per request at national10.
 */
@Service
public class Practices {

	/** Longest search that is read; the rest of a longer one is left off. */
	static final int MAX_QUERY = 200;

	public record Practice(long id, String title, String what, String municipality, String party, String themes,
			String took, String contactName, String contactEmail, Long stepId, Instant createdAt) {

		public String href() {
			return "/praktijken/" + id;
		}

		public List<String> themeList() {
			return themes.isBlank() ? List.of()
					: java.util.Arrays.stream(themes.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
		}
	}

	/** What a practice says; {@code stepId} the reached step it was made from, if any. */
	public record Details(String title, String what, @Nullable String municipality, String party, String themes, String took,
			@Nullable String contactName, @Nullable String contactEmail, @Nullable Long stepId) {
	}

	/** What a reached step offers to start a practice with. */
	public record StepSource(long stepId, String municipality, int year, String party, String what, String measure,
			String verdictNote, String contactName, String contactEmail) {
	}

	private static final String COLUMNS = """
			id, title, what, municipality, party, themes, took, contact_name, contact_email, step_id, created_at
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private record Key(String query, int offset, int limit) {
	}

	private final UntilChanged<Key, List<Practice>> shown;

	Practices(JdbcClient jdbc, Clock clock, DatabaseNotifications notifications,
			@Value("${alliantie.practices.keep-results:true}") boolean keep) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.shown = new UntilChanged<>(notifications, java.util.Set.of("agendas_changed"), 500, keep,
				key -> List.copyOf(list(key.query(), key.offset(), key.limit())));
	}

	/** A page of the public list: as {@link #list}, kept until the practices change. */
	public List<Practice> shown(String query, int offset, int limit) {
		return shown.get(new Key(query(query), offset, limit));
	}

	/** Newest first, or the best matches of {@code query} first (Dutch stems: "schulden" finds "schuld"). */
	public List<Practice> list(String query, int offset, int limit) {
		String q = query(query);
		if (q.isEmpty()) {
			return jdbc.sql("select " + COLUMNS + " from agendas_practice order by created_at desc, id desc limit :limit offset :offset")
				.param("limit", limit)
				.param("offset", offset)
				.query(Practices::practice)
				.list();
		}
		return jdbc.sql("select " + COLUMNS + """
				from agendas_practice where search @@ websearch_to_tsquery('dutch', :q)
				order by ts_rank(search, websearch_to_tsquery('dutch', :q)) desc, created_at desc, id desc
				limit :limit offset :offset
				""")
			.param("q", q)
			.param("limit", limit)
			.param("offset", offset)
			.query(Practices::practice)
			.list();
	}

	/** The search as it is read: stripped and at most {@link #MAX_QUERY} characters. */
	public static String query(String query) {
		String q = query == null ? "" : query.strip();
		return q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
	}

	public Optional<Practice> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from agendas_practice where id = :id")
			.param("id", id)
			.query(Practices::practice)
			.optional();
	}

	/** The practice made from a step, if one was. */
	public Optional<Long> ofStep(long stepId) {
		return jdbc.sql("select id from agendas_practice where step_id = :step").param("step", stepId).query(Long.class).optional();
	}

	/**
	 * Stores a new practice; one made from a step that has one already returns that one (a double
	 * submit makes nothing twice).
	 */
	public long create(Details details) {
		Instant now = clock.instant();
		try {
			return jdbc.sql("""
					insert into agendas_practice (title, what, municipality, party, themes, took, contact_name, contact_email,
					  step_id, created_at, updated_at)
					values (:title, :what, :municipality, :party, :themes, :took, :contactName, :contactEmail, :step, :now, :now)
					returning id
					""")
				.params(params(details))
				.param("step", details.stepId())
				.param("now", java.sql.Timestamp.from(now))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException e) {
			Long step = details.stepId(); // only a practice made from a step can be a duplicate (one per step)
			if (step == null) {
				throw e;
			}
			return ofStep(step).orElseThrow(() -> e);
		}
	}

	public boolean update(long id, Details details) {
		return jdbc.sql("""
				update agendas_practice set title = :title, what = :what, municipality = :municipality, party = :party,
				  themes = :themes, took = :took, contact_name = :contactName, contact_email = :contactEmail, updated_at = :now
				where id = :id
				""")
			.params(params(details))
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.param("id", id)
			.update() == 1;
	}

	public boolean remove(long id) {
		return jdbc.sql("delete from agendas_practice where id = :id").param("id", id).update() == 1;
	}

	/** A reached step, with what a practice made from it starts with. */
	public Optional<StepSource> reachedStep(long stepId) {
		return jdbc.sql("""
				select s.id, a.municipality, a.year, p.name, s.what, s.measure, coalesce(s.verdict_note, ''),
				       coalesce(p.contact_name, a.contact_name), coalesce(p.contact_email, a.contact_email)
				from agendas_step s join agendas_agenda a on a.id = s.agenda_id join agendas_party p on p.id = s.party_id
				where s.id = :id and s.verdict = 'BEHAALD'
				""")
			.param("id", stepId)
			.query((rs, n) -> new StepSource(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
			.optional();
	}

	/** Where on its public agenda the step a practice was made from stands. */
	public Optional<String> stepAgendaHref(long stepId) {
		return jdbc.sql("""
				select a.municipality, a.year from agendas_step s join agendas_agenda a on a.id = s.agenda_id where s.id = :id
				""")
			.param("id", stepId)
			.query((rs, n) -> nl.alliantie.agendas.agenda.AgendaView.href(rs.getString(1), rs.getInt(2)) + "#stap-" + stepId)
			.optional();
	}

	private static java.util.Map<String, Object> params(Details d) {
		var params = new java.util.HashMap<String, Object>();
		params.put("title", d.title().strip());
		params.put("what", d.what().strip());
		params.put("municipality", blankToNull(d.municipality()));
		params.put("party", d.party() == null ? "" : d.party().strip());
		params.put("themes", d.themes() == null ? "" : d.themes().strip());
		params.put("took", d.took() == null ? "" : d.took().strip());
		params.put("contactName", blankToNull(d.contactName()));
		params.put("contactEmail", blankToNull(d.contactEmail()));
		return params;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static Practice practice(ResultSet rs, int n) throws SQLException {
		return new Practice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), (Long) rs.getObject(10),
				rs.getTimestamp(11).toInstant());
	}
}
