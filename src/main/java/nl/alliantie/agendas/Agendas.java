package nl.alliantie.agendas;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may read of the local social agendas: an agenda's state and ambition, its
 * steps with owner and verdict (the lobby cites them in a council letter), and which years a
 * municipality has one.
 */
@Service
public class Agendas {

	/** An agenda as other modules see it; {@code href} is its public page. */
	public record AgendaSummary(AgendaId id, String municipality, String province, String regionKey, int year,
			AgendaState state, String leadName, String ambition, int steps, int reached, String href) {
	}

	/**
	 * A step as other modules see it; {@code carriedOver}: it was not reached last year and goes on
	 * in this one.
	 */
	public record StepSummary(StepId id, AgendaId agenda, String what, String party, LocalDate due, String measure,
			@Nullable Verdict verdict, String verdictNote, boolean carriedOver) {
	}

	private final JdbcClient jdbc;

	Agendas(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final String SUMMARY = """
			select a.id, a.municipality, a.province, a.region_key, a.year, a.state, a.lead_name, a.ambition, a.steps, a.reached
			from agendas_agenda a
			""";

	public Optional<AgendaSummary> agenda(AgendaId id) {
		return jdbc.sql(SUMMARY + " where a.id = :id").param("id", id.value()).query((rs, row) -> summary(rs)).optional();
	}

	/** The agenda of {@code municipality} (as the network names it) in {@code year}. */
	public Optional<AgendaSummary> agenda(String municipality, int year) {
		return jdbc.sql(SUMMARY + " where a.municipality = :m and a.year = :year")
			.param("m", municipality)
			.param("year", year)
			.query((rs, row) -> summary(rs))
			.optional();
	}

	/** Every agenda of a municipality, newest year first. */
	public List<AgendaSummary> agendasOf(String municipality) {
		return jdbc.sql(SUMMARY + " where a.municipality = :m order by a.year desc limit 100")
			.param("m", municipality)
			.query((rs, row) -> summary(rs))
			.list();
	}

	/** The steps of an agenda by due date. */
	public List<StepSummary> steps(AgendaId agenda) {
		return jdbc.sql("""
				select s.id, s.agenda_id, s.what, p.name, s.due, s.measure, s.verdict, s.verdict_note, s.carried_from is not null
				from agendas_step s join agendas_party p on p.id = s.party_id
				where s.agenda_id = :id order by s.due, s.id limit 500
				""")
			.param("id", agenda.value())
			.query((rs, row) -> new StepSummary(new StepId(rs.getLong(1)), new AgendaId(rs.getLong(2)), rs.getString(3),
					rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
					rs.getString(7) == null ? null : Verdict.valueOf(rs.getString(7)), rs.getString(8), rs.getBoolean(9)))
			.list();
	}

	private static AgendaSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
		String municipality = rs.getString(2);
		int year = rs.getInt(5);
		return new AgendaSummary(new AgendaId(rs.getLong(1)), municipality, rs.getString(3), rs.getString(4), year,
				AgendaState.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getInt(9), rs.getInt(10),
				"/sociale-agenda/" + org.springframework.web.util.UriUtils.encodePathSegment(municipality,
						java.nio.charset.StandardCharsets.UTF_8) + "/" + year);
	}

	/**
	 * The newest agenda of each of these municipalities that has one, by municipality: one query
	 * (the open data API lists municipalities a page at a time).
	 */
	public java.util.Map<String, AgendaSummary> newestOf(java.util.Collection<String> municipalities) {
		if (municipalities.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<String, AgendaSummary> newest = new java.util.HashMap<>();
		jdbc.sql("select distinct on (a.municipality) " + SUMMARY.strip().substring("select ".length())
				+ " where a.municipality = any(:names) order by a.municipality, a.year desc")
			.param("names", municipalities.toArray(String[]::new))
			.query((rs, row) -> summary(rs))
			.list()
			.forEach(agenda -> newest.put(agenda.municipality(), agenda));
		return newest;
	}
}
