package nl.alliantie.signals.overview;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.network.Network;
import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.signals.handling.Themes;

/**
 * The published signals, filtered and searched with PostgreSQL's Dutch full-text search. One query
 * per page (one row more than shown tells whether a next page exists); every filter has an index.
 * <p>
 * A page of results is kept in memory until the signals change (the way a search engine keeps the
 * results of a query until its index refreshes): a trigger notifies every instance after each
 * committed change ({@link DatabaseNotifications}), and a page read while a change came in is not
 * kept. At most {@value #MAX_RESULTS} pages, each at most five minutes; nothing is kept while no
 * connection listens.
 */
@Component
public class Search {

	/**
	 * The status as the public sees it, the same as the secretariat's: a signal being handled that
	 * is on the agenda of a coming consultation shows "Op de agenda" ({@code OP_DE_AGENDA}).
	 */
	static final String SHOWN_STATUS = "case when status = 'IN_BEHANDELING' and agenda_region is not null "
			+ "then 'OP_DE_AGENDA' else status end as status";


	/** A published signal in a list; {@code excerpt} is the start of the story. */
	public record Row(long id, String title, String excerpt, List<String> themes, String municipality,
			String province, String regionKey, LocalDate seenOn, String status) {
	}

	/** A published signal with its whole story, for the CSV and the feed. */
	public record Full(long id, String title, String story, List<String> themes, String municipality,
			String province, String regionKey, LocalDate seenOn, String status, java.time.Instant updatedAt) {
	}

	/** A feed or a page at most this long is read as a page (two steps for words). */
	static final int FEED_ROWS = 100;

	/** About 20 KB a page, so at most some 10 MB. */
	static final int MAX_RESULTS = 500;

	private record Key(Filter filter, int offset, int limit) {
	}

	/** Even without a notification (a lost one), a kept page is read again after this long. */
	static final long MAX_AGE_NANOS = java.time.Duration.ofMinutes(5).toNanos();

	private record Kept(List<Row> rows, long generation, long at) {
	}

	private final JdbcClient jdbc;

	private final Network network;

	private final Themes themes;

	private final DatabaseNotifications notifications;

	private final Map<Key, Kept> results = new ConcurrentHashMap<>();

	/** Goes up with every change of the signals; a page is valid only in the generation it was read in. */
	private final AtomicLong generation = new AtomicLong();

	private final boolean keep;

	Search(JdbcClient jdbc, Network network, Themes themes, DatabaseNotifications notifications,
			@Value("${alliantie.signals.keep-results:true}") boolean keep) {
		this.jdbc = jdbc;
		this.network = network;
		this.themes = themes;
		this.notifications = notifications;
		this.keep = keep;
		notifications.listen("signals_changed", this::changed);
	}

	/** How many changes were told so far (for tests). */
	long generation() {
		return generation.get();
	}

	void changed() {
		generation.incrementAndGet();
		results.clear();
	}

	/** The filter with names as stored; unknown themes, regions and municipalities are dropped. */
	public Filter canonical(Filter filter) {
		String q = filter.q() == null || filter.q().isBlank() ? null : filter.q().trim();
		if (q != null && q.length() > 200) {
			q = q.substring(0, 200);
		}
		String theme = filter.thema() == null ? null
				: themes.all().stream().map(Themes.Theme::key).filter(filter.thema()::equals).findFirst().orElse(null);
		String region = filter.regio() == null ? null
				: network.regions().stream().map(Network.RegionSummary::key).filter(filter.regio()::equalsIgnoreCase)
					.findFirst().orElse(null);
		String municipality = network.municipality(filter.gemeente()).map(Network.MunicipalitySummary::name).orElse(null);
		return new Filter(q, theme, region, municipality, filter.van(), filter.tot());
	}

	public List<Row> page(Filter filter, int offset, int limit) {
		if (!keep || !notifications.listening()) {
			return read(filter, offset, limit);
		}
		Key key = new Key(filter, offset, limit);
		long now = generation.get();
		Kept kept = results.get(key);
		if (kept != null && kept.generation() == now && System.nanoTime() - kept.at() < MAX_AGE_NANOS) {
			return kept.rows();
		}
		List<Row> rows = List.copyOf(read(filter, offset, limit));
		if (generation.get() == now && notifications.listening()) {
			if (results.size() >= MAX_RESULTS) {
				results.clear();
			}
			results.put(key, new Kept(rows, now, System.nanoTime()));
		}
		return rows;
	}

	private List<Row> read(Filter filter, int offset, int limit) {
		return read(filter, offset, limit,
				"id, title, left(story, 280) as excerpt, themes, municipality, province, region_key, seen_on, " + SHOWN_STATUS,
				(rs, row) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), themes(rs), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9)));
	}

	/**
	 * One page of published signals, newest first, with a plan whose cost does not grow with the
	 * number of signals. Without words: a walk down the index of the filter (date, region or
	 * municipality). With words that must all occur (no {@code or}, no {@code -word}) and no
	 * municipality: from the newest signals of the rarest word ({@link Words}), which decide the page
	 * unless the words seldom meet among them; then, and for other queries, the matches are read from
	 * the full-text index (a {@code materialized} step, so that the planner cannot turn it back into
	 * a walk down the date index over every signal) and sorted: words that seldom meet have few
	 * matches. A municipality (a few hundred signals) and {@code or} or {@code -word} go first down the
	 * filter's index:
	 * <ol>
	 * <li>the newest {@link #budget} signals that pass the other filters, walked down the date
	 * index, are searched for the words; when they hold the whole page, it is exact (every older
	 * match comes after it). Common words end here, after at most the budget of rows.</li>
	 * <li>otherwise the matches are read from the full-text index, as above.</li>
	 * </ol>
	 */
	private <T> List<T> read(Filter filter, int offset, int limit, String columns, RowMapper<T> mapper) {
		Map<String, Object> params = new HashMap<>();
		params.put("offset", offset);
		params.put("limit", limit);
		if (filter.q() == null) {
			return jdbc.sql("select " + columns + " from signals_signal" + where(filter, params)
					+ " order by seen_on desc, id desc offset :offset limit :limit")
				.params(params)
				.query(mapper)
				.list();
		}
		if (filter.gemeente() == null) {
			Words.Query words = Words.of(jdbc, filter.q());
			if (words != null) {
				Optional<List<T>> page = Words.page(jdbc, words, filter, offset, limit, columns, mapper, Search::where);
				if (page.isPresent()) {
					return page.get();
				}
				return matches(filter, offset, limit, columns, mapper);
			}
		}
		Filter withoutWords = new Filter(null, filter.thema(), filter.regio(), filter.gemeente(), filter.van(),
				filter.tot());
		params.put("budget", budget(offset + limit));
		List<T> newest = jdbc.sql("select " + columns + " from (select * from signals_signal" + where(withoutWords, params)
				+ " order by seen_on desc, id desc limit :budget) newest where search @@ websearch_to_tsquery('dutch', :q)"
				+ " order by seen_on desc, id desc offset :offset limit :limit")
			.params(params)
			.param("q", filter.q())
			.query(mapper)
			.list();
		if (newest.size() == limit) {
			return newest;
		}
		return matches(filter, offset, limit, columns, mapper);
	}

	/** Every match read from the full-text index, then sorted: for words with few matches. */
	private <T> List<T> matches(Filter filter, int offset, int limit, String columns, RowMapper<T> mapper) {
		Map<String, Object> params = new HashMap<>();
		params.put("offset", offset);
		params.put("limit", limit);
		return jdbc.sql("with matches as materialized (select * from signals_signal" + where(filter, params) + ") select "
				+ columns + " from matches order by seen_on desc, id desc offset :offset limit :limit")
			.params(params)
			.query(mapper)
			.list();
	}

	/** How many of the newest signals the first step of a search reads: 50 per row wanted, 1,000 to 20,000. */
	static int budget(int wanted) {
		return Math.max(1_000, Math.min(20_000, wanted * 50));
	}

	/**
	 * Every published signal that matches, newest first, streamed. A feed (a few rows) is read as a
	 * page; a CSV with words reads its matches from the full-text index.
	 */
	public void export(Filter filter, int max, Consumer<Full> sink) {
		String columns = "id, title, story, themes, municipality, province, region_key, seen_on, " + SHOWN_STATUS
				+ ", updated_at";
		RowMapper<Full> full = (rs, row) -> new Full(rs.getLong(1), rs.getString(2), rs.getString(3), themes(rs),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9),
				rs.getTimestamp(10).toInstant());
		if (max <= FEED_ROWS) {
			read(filter, 0, max, columns, full).forEach(sink);
			return;
		}
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		params.put("limit", max);
		String from = filter.q() == null ? "signals_signal" + where
				: "(with matches as materialized (select * from signals_signal" + where + ") select * from matches) m";
		jdbc.sql("select " + columns + " from " + from + " order by seen_on desc, id desc limit :limit")
			.params(params)
			// row by row: a stream of JdbcClient holds its connection until it is closed
			.query((RowCallbackHandler) rs -> sink.accept(full.mapRow(rs, 0)));
	}

	/** Published signals in one municipality, newest first. */
	public List<Row> inMunicipality(String municipality, int limit) {
		return page(new Filter(null, null, null, municipality, null, null), 0, limit);
	}

	private static List<String> themes(ResultSet rs) throws SQLException {
		Array array = rs.getArray("themes");
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	static String where(Filter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("published");
		if (filter.q() != null) {
			conditions.add("search @@ websearch_to_tsquery('dutch', :q)");
			params.put("q", filter.q());
		}
		if (filter.thema() != null) {
			conditions.add("themes @> array[cast(:theme as text)]");
			params.put("theme", filter.thema());
		}
		if (filter.regio() != null) {
			conditions.add("region_key = :region");
			params.put("region", filter.regio());
		}
		if (filter.gemeente() != null) {
			conditions.add("municipality = :municipality");
			params.put("municipality", filter.gemeente());
		}
		if (filter.van() != null) {
			conditions.add("seen_on >= :from");
			params.put("from", filter.van());
		}
		if (filter.tot() != null) {
			conditions.add("seen_on <= :to");
			params.put("to", filter.tot());
		}
		return " where " + String.join(" and ", conditions);
	}
}
