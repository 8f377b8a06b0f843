package nl.alliantie.signals;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.shared.memory.UntilChanged;

/**
 * What other modules may read of the signals. The consultations module offers
 * {@link #awaitingAgenda(String)} (signals a moderator put on the agenda of the region's coming
 * consultation and not discussed since) to the coordinator who prepares a meeting, and shows
 * {@link #agendaOf(long)} (the signals on one meeting's agenda, with what came of them) as its
 * agenda items and in its minutes; the lobby module reads {@link #takenIntoLobby(long)}; the agendas
 * module lists {@link #publishedIn(String, int)} to cite and shows {@link #publishedAmong}. They never
 * see a reporter. They write back by publishing {@link ConsultationPlanned},
 * {@link ConsultationRescheduled}, {@link ConsultationCancelled}, {@link AgendaItemAdded},
 * {@link AgendaItemDiscussed} and {@link SignalUsedInLobby}, records of this API, so that the
 * dependency runs one way only (consultations and lobby on signals).
 */
@Service
public class Signals {

	/** A published signal as other pages list it. */
	public record SignalSummary(SignalId id, String title, String municipality, String regionKey, LocalDate seenOn,
			List<String> themes, String status) {

		public String href() {
			return "/signalen/" + id.value();
		}
	}

	/**
	 * A signal on the agenda of a consultation of {@code regionKey}; {@code consultationId} is
	 * {@code null} while it waits for the coming meeting. {@code published} false: show only to staff.
	 */
	public record AgendaItem(SignalId id, String title, String municipality, String regionKey, Long consultationId,
			LocalDate seenOn, boolean published) {

		public String href() {
			return published ? "/signalen/" + id.value() : "/beheer/signalen/" + id.value();
		}

		/** Where staff handle it. */
		public String staffHref() {
			return "/beheer/signalen/" + id.value();
		}
	}

	/**
	 * A signal as an agenda item of one consultation: on its agenda now, or discussed there.
	 * {@code title} is the moderated (anonymised) title; the public may see it and follow the
	 * signal's page only when {@code published} (else only that there is a signal). {@code open}:
	 * still in progress, so a discussion can be recorded. {@code discussedOn} and {@code outcome}:
	 * what the minutes recorded for it at this consultation, {@code null} until then.
	 */
	public record ConsultationItem(SignalId id, String title, String municipality, boolean published, boolean open,
			LocalDate discussedOn, String outcome) {

		public boolean discussed() {
			return discussedOn != null;
		}

		/** The public page of the signal, {@code null} when it is not published. */
		public @Nullable String publicHref() {
			return published ? "/signalen/" + id.value() : null;
		}

		/** Where staff handle it. */
		public String staffHref() {
			return "/beheer/signalen/" + id.value();
		}
	}

	/** A public step on a signal's trail. */
	public record TrailStep(SignalId signal, LocalDate on, String kind, String text, Long consultationId,
			Long lobbyId) {
	}

	private final JdbcClient jdbc;

	private final nl.alliantie.signals.handling.Themes themes;

	private final UntilChanged<Integer, List<SignalSummary>> latest;

	Signals(JdbcClient jdbc, nl.alliantie.signals.handling.Themes themes, DatabaseNotifications notifications,
			@Value("${alliantie.figures.keep:true}") boolean keep) {
		this.jdbc = jdbc;
		this.themes = themes;
		this.latest = new UntilChanged<>(notifications, java.util.Set.of("signals_changed"), 10, keep,
				limit -> List.copyOf(readLatest(limit)));
	}

	/** A theme with how many published signals of a municipality carry it. */
	public record ThemeCount(String theme, int count) {
	}

	/**
	 * Per theme (its name), how many published signals of a municipality were seen on or after
	 * {@code since}, most first: one query (the local facts of a council letter).
	 */
	public List<ThemeCount> themesIn(String municipality, LocalDate since) {
		java.util.Map<String, String> names = themes.names();
		return jdbc.sql("""
				select t.theme, count(*) from signals_signal s cross join lateral unnest(s.themes) as t(theme)
				where s.published and s.merged_into is null and s.municipality = :municipality and s.seen_on >= :since
				group by t.theme order by count(*) desc, t.theme limit 50
				""")
			.param("municipality", municipality)
			.param("since", since)
			.query((rs, row) -> new ThemeCount(names.getOrDefault(rs.getString(1), rs.getString(1)), rs.getInt(2)))
			.list();
	}

	/**
	 * The newest published signals of the whole country, for the home page; one query on the
	 * published index, kept until the signals change (docs/adr/0037).
	 */
	public List<SignalSummary> latestPublished(int limit) {
		return latest.get(Math.max(0, Math.min(limit, 100)));
	}

	private List<SignalSummary> readLatest(int limit) {
		return jdbc.sql("""
				select id, title, municipality, region_key, seen_on, themes, status from signals_signal
				where published order by seen_on desc, id desc limit :limit
				""")
			.param("limit", limit)
			.query((rs, row) -> summary(rs))
			.list();
	}

	/** The newest published signals of a municipality (its name as the network stores it). */
	public List<SignalSummary> publishedIn(String municipality, int limit) {
		return jdbc.sql("""
				select id, title, municipality, region_key, seen_on, themes, status from signals_signal
				where published and municipality = :municipality order by seen_on desc, id desc limit :limit
				""")
			.param("municipality", municipality)
			.param("limit", Math.max(0, Math.min(limit, 100)))
			.query((rs, row) -> summary(rs))
			.list();
	}

	/**
	 * The published signals among these ids that were not merged into another, by id, at most 500;
	 * one query (for the lobby, which cites them and must keep the order it numbered them in).
	 */
	public List<SignalSummary> published(java.util.Collection<SignalId> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, title, municipality, region_key, seen_on, themes, status from signals_signal
				where published and merged_into is null and id = any(:ids) order by id limit 500
				""")
			.param("ids", ids.stream().map(SignalId::value).distinct().toArray(Long[]::new))
			.query((rs, row) -> summary(rs))
			.list();
	}

	/**
	 * Those of {@code ids} that are published, newest first, at most 200 (the agendas module cites
	 * signals for a need and shows only those still published).
	 */
	public List<SignalSummary> publishedAmong(java.util.Collection<SignalId> ids) {
		if (ids == null || ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, title, municipality, region_key, seen_on, themes, status from signals_signal
				where published and id = any(:ids) order by seen_on desc, id desc limit 200
				""")
			.param("ids", ids.stream().map(SignalId::value).distinct().toArray(Long[]::new))
			.query((rs, row) -> summary(rs))
			.list();
	}

	/**
	 * Whether the lobby may still take this signal up: it is being handled (not new, finished or
	 * withdrawn from publication).
	 */
	public static boolean citable(SignalSummary signal) {
		return List.of("IN_BEHANDELING", "BESPROKEN", "IN_LOBBY").contains(signal.status());
	}

	/**
	 * How many signals of a municipality are published: one row of the count the database keeps as
	 * signals change ({@code signals_municipality_figure}).
	 */
	public int countPublishedIn(String municipality) {
		return jdbc.sql("select count from signals_municipality_figure where municipality = :municipality")
			.param("municipality", municipality)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/**
	 * Signals put on the agenda of the coming consultation of {@code regionKey} and not discussed
	 * since: the agenda items a new consultation of that region takes over.
	 */
	public List<AgendaItem> awaitingAgenda(String regionKey) {
		return jdbc.sql("""
				select s.id, s.title, s.municipality, s.agenda_region, s.agenda_consultation_id, s.seen_on, s.published
				from signals_signal s
				where s.agenda_region = :region and s.merged_into is null
				  and s.status in ('IN_BEHANDELING', 'BESPROKEN', 'IN_LOBBY')
				  and not exists (select 1 from signals_trail t where t.signal_id = s.id and t.kind = 'BESPROKEN'
				                  and t.created_at >= s.agenda_since)
				order by s.agenda_since, s.id
				""")
			.param("region", regionKey)
			.query((rs, row) -> agendaItem(rs))
			.list();
	}

	/** Signals a moderator tied to the consultation with this id. */
	public List<AgendaItem> onAgendaOf(long consultationId) {
		return jdbc.sql("""
				select id, title, municipality, agenda_region, agenda_consultation_id, seen_on, published
				from signals_signal where agenda_consultation_id = :id and merged_into is null order by agenda_since, id
				""")
			.param("id", consultationId)
			.query((rs, row) -> agendaItem(rs))
			.list();
	}

	/**
	 * The signals on the agenda of the consultation with this id, and those discussed there (also
	 * when they went on another agenda since), each with what the minutes recorded: one query.
	 */
	public List<ConsultationItem> agendaOf(long consultationId) {
		return jdbc.sql("""
				select s.id, s.title, s.municipality, s.published,
				       s.status in ('IN_BEHANDELING', 'BESPROKEN', 'IN_LOBBY') as is_open, d.happened_on, d.text
				from signals_signal s
				left join lateral (select t.happened_on, t.text from signals_trail t
				                   where t.signal_id = s.id and t.consultation_id = :id and t.kind = 'BESPROKEN'
				                   order by t.id desc limit 1) d on true
				where s.merged_into is null
				  and s.id in (select a.id from signals_signal a where a.agenda_consultation_id = :id
				               union select t.signal_id from signals_trail t
				               where t.consultation_id = :id and t.kind = 'BESPROKEN')
				order by s.agenda_since nulls last, s.id
				limit 200
				""")
			.param("id", consultationId)
			.query((rs, row) -> new ConsultationItem(new SignalId(rs.getLong(1)), rs.getString(2), rs.getString(3),
					rs.getBoolean(4), rs.getBoolean(5), rs.getObject(6, LocalDate.class), rs.getString(7)))
			.list();
	}

	/** What was recorded as discussed in the consultation with this id. */
	public List<TrailStep> discussedIn(long consultationId) {
		return steps("t.consultation_id = :id and t.kind = 'BESPROKEN'", consultationId);
	}

	/** What was recorded as taken into the lobby under this lobby id. */
	public List<TrailStep> takenIntoLobby(long lobbyId) {
		return steps("t.lobby_id = :id and t.kind = 'LOBBY'", lobbyId);
	}

	/** The public trail of one signal, oldest first. */
	public List<TrailStep> trail(SignalId signal) {
		return steps("t.signal_id = :id", signal.value());
	}

	private List<TrailStep> steps(String condition, long id) {
		return jdbc.sql("select t.signal_id, t.happened_on, t.kind, t.text, t.consultation_id, t.lobby_id "
				+ "from signals_trail t where t.public and " + condition + " order by t.happened_on, t.id")
			.param("id", id)
			.query((rs, row) -> new TrailStep(new SignalId(rs.getLong(1)), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), (Long) rs.getObject(5), (Long) rs.getObject(6)))
			.list();
	}

	private static SignalSummary summary(ResultSet rs) throws SQLException {
		Array themes = rs.getArray("themes");
		return new SignalSummary(new SignalId(rs.getLong("id")), rs.getString("title"), rs.getString("municipality"),
				rs.getString("region_key"), rs.getObject("seen_on", LocalDate.class),
				themes == null ? List.of() : Arrays.asList((String[]) themes.getArray()), rs.getString("status"));
	}

	private static AgendaItem agendaItem(ResultSet rs) throws SQLException {
		return new AgendaItem(new SignalId(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
				(Long) rs.getObject(5), rs.getObject(6, LocalDate.class), rs.getBoolean(7));
	}

	/**
	 * A published signal as the open data API gives it: the moderated (anonymised) title and story,
	 * never who reported it.
	 */
	public record PublicSignal(SignalId id, String title, String story, String municipality, String province,
			String regionKey, LocalDate seenOn, List<String> themes, String status) {
	}

	/**
	 * The published signals with an id above {@code afterId}, by id, at most {@code limit}: one query
	 * on the primary key (keyset paging for the open data API).
	 */
	public List<PublicSignal> publishedAfter(long afterId, int limit) {
		return jdbc.sql("""
				select id, title, story, municipality, province, region_key, seen_on, themes, status from signals_signal
				where published and id > :after order by id limit :limit
				""")
			.param("after", afterId)
			.param("limit", Math.max(1, Math.min(limit, 1000)))
			.query((rs, row) -> new PublicSignal(new SignalId(rs.getLong(1)), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
					List.of((String[]) rs.getArray(8).getArray()), rs.getString(9)))
			.list();
	}
}
