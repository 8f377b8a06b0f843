package nl.alliantie.signals.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A search read from the words of the published signals ({@code signals_search_word}, kept by the
 * triggers of {@code db/migration/signals/V8__search_words.sql}): per lexeme, its signals newest
 * first in one index. A query whose words must all occur (no {@code or}, no {@code -word}) is read
 * from the list of its rarest word, newest first, joined with the lists of its other words (a merge
 * of index-only scans that ends with the shorter list); only the rows of the page are read from the
 * table, where the whole query and the other filters are checked. So a common word costs its page,
 * not its thousands of matches, and two common words that never meet cost two short index scans.
 */
final class Words {

	/** A lexeme of a query and the number of published signals that hold it. */
	record Lexeme(String lexeme, int signals) {
	}

	/**
	 * The lexemes of a query, rarest first, and whether the query only asks for all of them (no
	 * phrase): then every signal in all their lists matches it.
	 */
	record Query(List<Lexeme> lexemes, boolean conjunction) {
	}

	/** The lists joined at most: further words are checked on the rows only. */
	static final int MAX_JOINED = 4;

	private static final String LEXEMES = """
			with query as (select cast(websearch_to_tsquery('dutch', :q) as text) as text)
			select l.lexeme, coalesce(c.signals, 0) as signals, query.text ~ '[|!]' as other,
			       query.text !~ '[<|!]' as conjunction
			from query
			left join lateral (select distinct replace(m[1], '''''', '''') as lexeme
			                   from regexp_matches(query.text, '''((?:[^'']|'''')+)''', 'g') m) l on true
			left join signals_search_lexeme c on c.lexeme = l.lexeme
			""";

	private Words() {
	}

	/**
	 * The lexemes of a query as PostgreSQL's Dutch configuration reads it, rarest first; empty when
	 * the query holds no word (only stop words); {@code null} when not every word must occur (the
	 * query has {@code or} or a {@code -word}), which this list cannot answer.
	 */
	static @Nullable Query of(JdbcClient jdbc, String q) {
		List<Lexeme> lexemes = new ArrayList<>();
		boolean[] other = {false};
		boolean[] conjunction = {false};
		jdbc.sql(LEXEMES).param("q", q).query(rs -> {
			other[0] |= rs.getBoolean(3);
			conjunction[0] = rs.getBoolean(4);
			String lexeme = rs.getString(1);
			if (lexeme != null) {
				lexemes.add(new Lexeme(lexeme, rs.getInt(2)));
			}
		});
		if (other[0]) {
			return null;
		}
		lexemes.sort(Comparator.comparingInt(Lexeme::signals).thenComparing(Lexeme::lexeme));
		return new Query(List.copyOf(lexemes), conjunction[0]);
	}

	/** How many entries of the rarest word's list a page reads at most: 20 per row wanted, 500 to 20,000. */
	static int prefix(int wanted) {
		return Math.max(500, Math.min(20_000, wanted * 20));
	}

	/**
	 * The page, when the newest {@link #prefix} signals of the rarest word decide it: they hold the
	 * whole page (every older match comes after it), or they are all of that word's signals. Empty
	 * otherwise (words that seldom meet among the newest): the caller reads the matches from the
	 * full-text index. A query that only asks for its words (at most {@link #MAX_JOINED}), without
	 * theme or region, skips the rows before its page in the lists: only the page is read from the
	 * table.
	 *
	 * @param where the conditions on {@code signals_signal} (the whole query and every filter) with
	 * their parameters, as {@code Search#where} writes them
	 */
	static <T> Optional<List<T>> page(JdbcClient jdbc, Query query, Filter filter, int offset, int limit,
			String columns, RowMapper<T> mapper, BiFunction<Filter, Map<String, Object>, String> where) {
		List<Lexeme> lexemes = query.lexemes();
		if (lexemes.isEmpty() || lexemes.getFirst().signals() == 0) {
			return Optional.of(List.of());
		}
		Map<String, Object> params = new java.util.HashMap<>();
		String conditions = where.apply(filter, params);
		boolean straight = query.conjunction() && lexemes.size() <= MAX_JOINED && filter.thema() == null
				&& filter.regio() == null;
		boolean one = straight && lexemes.size() == 1;
		int prefix = one ? offset + limit : prefix(offset + limit);
		params.put("prefix", prefix);
		params.put("skip", straight ? offset : 0);
		params.put("offset", straight ? 0 : offset);
		params.put("limit", limit);
		StringBuilder sql = new StringBuilder("select s.* from (select a.seen_on, a.signal_id from (")
			.append("select seen_on, signal_id from signals_search_word where lexeme = :l0");
		if (filter.van() != null) {
			sql.append(" and seen_on >= :from");
		}
		if (filter.tot() != null) {
			sql.append(" and seen_on <= :to");
		}
		sql.append(" order by seen_on desc, signal_id desc limit :prefix) a");
		params.put("l0", lexemes.getFirst().lexeme());
		for (int i = 1; i < Math.min(lexemes.size(), MAX_JOINED); i++) {
			// an ordered subquery, not the table: probing the index once per row of the first list
			// (which the planner takes for cheaper) costs three pages a row, the merge a few pages
			sql.append(" join (select seen_on, signal_id from signals_search_word where lexeme = :l").append(i)
				.append(" order by seen_on desc, signal_id desc) b").append(i).append(" on b").append(i)
				.append(".seen_on = a.seen_on and b").append(i).append(".signal_id = a.signal_id");
			params.put("l" + i, lexemes.get(i).lexeme());
		}
		// the ordered subquery keeps its order, so the page stops reading rows once it is full
		sql.append(" order by a.seen_on desc, a.signal_id desc offset :skip) m cross join lateral (select ").append(columns)
			.append(" from signals_signal").append(conditions).append(" and id = m.signal_id offset 0) s")
			.append(" order by m.seen_on desc, m.signal_id desc offset :offset limit :limit");
		List<T> rows = jdbc.sql(sql.toString()).params(params).query(mapper).list();
		if (one || rows.size() == limit || lexemes.getFirst().signals() <= prefix) {
			return Optional.of(rows);
		}
		return Optional.empty();
	}
}
