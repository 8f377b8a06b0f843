package nl.alliantie.lobby.parliament;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.lobby.trail.CitedSignals;
import nl.alliantie.lobby.campaigns.Campaigns;
import nl.alliantie.signals.SignalUsedInLobby;

/**
 * The proposals to parliament: a set per year with numbered proposals (each citing signals: a
 * signal cited for the first time publishes {@link SignalUsedInLobby}) and what became of each, the
 * factions, and the visits per faction. Every list is one query.
 */
@Component
public class Parliament {

	public record Faction(long id, String name, boolean active) {
	}

	public record ProposalSet(long id, int year, String title, String intro, LocalDate debateOn) {

		public String adminHref() {
			return "/beheer/lobby/kamer/" + year;
		}
	}

	/** Its id is a lobby item id. */
	public record Proposal(long id, long setId, int number, String title, String explanation, List<Long> signalIds,
			ProposalOutcome outcome, String outcomeUrl, String outcomeNote) {
	}

	public record Visit(long id, long setId, long factionId, String faction, LocalDate on, String visitors,
			String spokesperson, String outcome) {
	}

	/** A year or a number is already taken, or a faction's name. */
	public static class Taken extends RuntimeException {
	}

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Parliament(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public Clock clock() {
		return clock;
	}

	// factions

	/** Active factions first, by name; at most 100 (parliament has about twenty). */
	public List<Faction> factions() {
		return jdbc.sql("select id, name, active from lobby_faction order by active desc, lower(name) limit 100")
			.query((rs, row) -> new Faction(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	public Optional<Faction> faction(long id) {
		return jdbc.sql("select id, name, active from lobby_faction where id = :id")
			.param("id", id)
			.query((rs, row) -> new Faction(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
			.optional();
	}

	@Transactional
	public long addFaction(String name) {
		try {
			return jdbc.sql("insert into lobby_faction (name) values (:name) returning id")
				.param("name", name)
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException e) {
			throw new Taken();
		}
	}

	@Transactional
	public void changeFaction(long id, String name, boolean active) {
		try {
			jdbc.sql("update lobby_faction set name = :name, active = :active where id = :id")
				.param("id", id)
				.param("name", name)
				.param("active", active)
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new Taken();
		}
	}

	// sets

	private static final String SET = "select id, year, title, intro, debate_on from lobby_parliament_set";

	public Optional<ProposalSet> ofYear(int year) {
		return jdbc.sql(SET + " where year = :year").param("year", year).query((rs, row) -> set(rs)).optional();
	}

	/** Newest first; {@code limit + 1} rows so the caller knows whether there is a next page. */
	public List<ProposalSet> page(int page, int limit) {
		return jdbc.sql(SET + " order by year desc limit :limit offset :offset")
			.param("limit", limit + 1)
			.param("offset", (Math.max(1, page) - 1) * limit)
			.query((rs, row) -> set(rs))
			.list();
	}

	@Transactional
	public long createSet(int year, String title, String intro, @Nullable LocalDate debateOn) {
		return jdbc.sql("""
				insert into lobby_parliament_set (year, title, intro, debate_on) values (:year, :title, :intro, :debateOn)
				on conflict (year) do nothing returning id
				""")
			.param("year", year)
			.param("title", title)
			.param("intro", intro)
			.param("debateOn", debateOn)
			.query(Long.class)
			.optional()
			.orElseThrow(Taken::new);
	}

	@Transactional
	public void updateSet(long id, String title, String intro, @Nullable LocalDate debateOn) {
		jdbc.sql("update lobby_parliament_set set title = :title, intro = :intro, debate_on = :debateOn where id = :id")
			.param("id", id)
			.param("title", title)
			.param("intro", intro)
			.param("debateOn", debateOn)
			.update();
	}

	// proposals

	private static final String PROPOSAL = """
			select id, set_id, number, title, explanation, signal_ids, outcome, outcome_url, outcome_note
			from lobby_parliament_proposal""";

	public List<Proposal> proposals(long setId) {
		return jdbc.sql(PROPOSAL + " where set_id = :set order by number limit 200")
			.param("set", setId)
			.query((rs, row) -> proposal(rs))
			.list();
	}

	public Optional<Proposal> proposal(long setId, long id) {
		return jdbc.sql(PROPOSAL + " where set_id = :set and id = :id")
			.param("set", setId)
			.param("id", id)
			.query((rs, row) -> proposal(rs))
			.optional();
	}

	/** Adds ({@code id} null) or changes a proposal with its outcome; publishes the newly cited signals. */
	@Transactional
	public long saveProposal(ProposalSet set, @Nullable Long id, int number, String title, String explanation, List<Long> signals,
			ProposalOutcome outcome, @Nullable String outcomeUrl, @Nullable String outcomeNote) {
		List<Long> before = id == null ? List.of() : proposal(set.id(), id).map(Proposal::signalIds).orElse(List.of());
		long saved;
		try {
			saved = jdbc.sql(id == null ? """
					insert into lobby_parliament_proposal (set_id, number, title, explanation, signal_ids, outcome, outcome_url, outcome_note)
					values (:set, :number, :title, :explanation, :signals, :outcome, :url, :note) returning id
					""" : """
					update lobby_parliament_proposal set number = :number, title = :title, explanation = :explanation,
					       signal_ids = :signals, outcome = :outcome, outcome_url = :url, outcome_note = :note
					where id = :id and set_id = :set returning id
					""")
				.param("id", id)
				.param("set", set.id())
				.param("number", number)
				.param("title", title)
				.param("explanation", explanation)
				.param("signals", signals.toArray(Long[]::new))
				.param("outcome", outcome.name())
				.param("url", outcomeUrl)
				.param("note", outcomeNote)
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException e) {
			throw new Taken();
		}
		CitedSignals.announceNew(events, saved, before, signals, LocalDate.now(clock),
				"Voorstel " + number + " aan de Tweede Kamer " + set.year() + ": " + title);
		return saved;
	}

	@Transactional
	public void removeProposal(long setId, long id) {
		jdbc.sql("delete from lobby_parliament_proposal where set_id = :set and id = :id")
			.param("set", setId)
			.param("id", id)
			.update();
	}

	/** The year of the set a proposal (a lobby item id) belongs to, with its number. */
	public Optional<String> publicHrefOf(long itemId) {
		return jdbc.sql("""
				select '/lobby/' || s.year || '#kamer-' || p.number from lobby_parliament_proposal p
				join lobby_parliament_set s on s.id = p.set_id where p.id = :id
				""")
			.param("id", itemId)
			.query(String.class)
			.optional();
	}

	// visits

	public List<Visit> visits(long setId) {
		return jdbc.sql("""
				select v.id, v.set_id, v.faction_id, f.name, v.visit_on, v.visitors, v.spokesperson, v.outcome
				from lobby_faction_visit v join lobby_faction f on f.id = v.faction_id
				where v.set_id = :set order by v.visit_on, lower(f.name) limit 200
				""")
			.param("set", setId)
			.query((rs, row) -> new Visit(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
	}

	@Transactional
	public long addVisit(long setId, long factionId, @Nullable LocalDate on, String visitors, String spokesperson, String outcome) {
		return jdbc.sql("""
				insert into lobby_faction_visit (set_id, faction_id, visit_on, visitors, spokesperson, outcome)
				values (:set, :faction, :on, :visitors, :spokesperson, :outcome) returning id
				""")
			.param("set", setId)
			.param("faction", factionId)
			.param("on", on)
			.param("visitors", visitors)
			.param("spokesperson", spokesperson)
			.param("outcome", outcome)
			.query(Long.class)
			.single();
	}

	@Transactional
	public void changeVisit(long setId, long id, long factionId, @Nullable LocalDate on, String visitors, String spokesperson,
			String outcome) {
		jdbc.sql("""
				update lobby_faction_visit set faction_id = :faction, visit_on = :on, visitors = :visitors,
				       spokesperson = :spokesperson, outcome = :outcome where id = :id and set_id = :set
				""")
			.param("id", id)
			.param("set", setId)
			.param("faction", factionId)
			.param("on", on)
			.param("visitors", visitors)
			.param("spokesperson", spokesperson)
			.param("outcome", outcome)
			.update();
	}

	@Transactional
	public void removeVisit(long setId, long id) {
		jdbc.sql("delete from lobby_faction_visit where set_id = :set and id = :id")
			.param("set", setId)
			.param("id", id)
			.update();
	}

	private static ProposalSet set(ResultSet rs) throws SQLException {
		return new ProposalSet(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
				rs.getObject(5, LocalDate.class));
	}

	private static Proposal proposal(ResultSet rs) throws SQLException {
		return new Proposal(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
				Campaigns.ids(rs.getArray(6)), ProposalOutcome.valueOf(rs.getString(7)), rs.getString(8),
				rs.getString(9));
	}
}
