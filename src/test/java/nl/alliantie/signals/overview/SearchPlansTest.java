package nl.alliantie.signals.overview;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.AlliantieTest;
import nl.alliantie.network.Network;
import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.signals.handling.Themes;

import static nl.alliantie.signals.SignalFixtures.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A search reads the newest signals first (down the filter's index, or down the list of its rarest
 * word, Words) and, when they do not hold the page, the matches from the full-text index
 * (Search#read): whichever way a page is read, it is the page a plain query gives. 1,100 published
 * signals in Vlieland (more than the first step's budget of 1,000 and the words list's prefix of 500
 * for a first page): a word in every other one, a word in three of the oldest, a word in the others
 * (never with the first), and a word that meets the first only in the oldest signals.
 */
@AlliantieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPlansTest {

	static final int SIGNALS = 1_100;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Network network;

	@Autowired
	Themes themes;

	@Autowired
	DatabaseNotifications notifications;

	@Autowired
	MockMvc mvc;

	final String common = word();

	final String rare = word();

	/** In the even signals: never in one with {@link #common}. */
	final String apart = word();

	/** In the even signals and the odd ones older than 1,050: meets {@link #common} only there. */
	final String late = word();

	@BeforeAll
	void signals() {
		jdbc.sql("""
				insert into signals_signal (title, story, themes, municipality, province, region_key, seen_on,
				    reporter_kind, consent, status, form_key)
				select 'Plan ' || n,
				       'Verhaal nummer ' || n || case when n % 2 = 1 then ' over ' || :common else '' end
				           || case when n in (1090, 1095, 1100) then ' met ' || :rare else '' end
				           || case when n % 2 = 0 then ' naast ' || :apart else '' end
				           || case when n % 2 = 0 or n > 1050 then ' later ' || :late else '' end,
				       array['schulden'], m.name, m.province, p.region_key, current_date - 400 - n,
				       'ANONIEM', true, 'IN_BEHANDELING', gen_random_uuid()
				from generate_series(1, :count) n
				cross join network_municipality m join network_province p on p.name = m.province
				where m.name = 'Vlieland'
				""")
			.param("common", common)
			.param("rare", rare)
			.param("apart", apart)
			.param("late", late)
			.param("count", SIGNALS)
			.update();
	}

	@Test
	void everyWayOfReadingGivesThePlainQuerysPage() {
		Search search = new Search(jdbc, network, themes, notifications, false);
		for (String q : List.of(common, rare, common + " " + rare, rare + " -" + common, common + " OR " + rare)) {
			for (int offset : List.of(0, 20, 540, 980)) {
				Filter filter = search.canonical(new Filter(q, null, null, "Vlieland", null, null));
				List<Long> ids = search.page(filter, offset, 21).stream().map(Search.Row::id).toList();
				assertThat(ids).as(q + " from " + offset).isEqualTo(plain(q, offset, 21));
			}
		}
		Filter rareOnly = search.canonical(new Filter(rare, null, null, "Vlieland", null, null));
		assertThat(search.page(rareOnly, 0, 21)).as("three of the oldest, beyond the first step's budget").hasSize(3);
		Filter meetOnce = search.canonical(new Filter(common + " " + rare, null, null, "Vlieland", null, null));
		assertThat(search.page(meetOnce, 0, 21)).extracting(Search.Row::title).containsExactly("Plan 1095");
	}

	@Test
	void everySearchOfTheWordsListGivesThePlainQuerysPage() {
		Search search = new Search(jdbc, network, themes, notifications, false);
		String region = jdbc.sql("select region_key from signals_signal where municipality = 'Vlieland' limit 1")
			.query(String.class).single();
		List<String> queries = List.of(common, rare, common + " " + rare, common + " " + apart, apart + " " + common,
				common + " " + late, "\"" + common + " " + rare + "\"", "\"over " + common + "\"", rare + " -" + common,
				common + " OR " + rare, common + " de het", "de het", "zqnergens" + common, common + " " + common,
				"\"" + common + " " + common + "\"");
		List<Filter> filters = List.of(new Filter(null, null, null, null, null, null),
				new Filter(null, "schulden", region, null, null, null),
				new Filter(null, null, null, null, java.time.LocalDate.now().minusDays(1000), java.time.LocalDate.now().minusDays(900)),
				new Filter(null, "kinderen", null, null, null, null));
		for (String q : queries) {
			for (Filter others : filters) {
				for (int offset : List.of(0, 20, 540, 980)) {
					Filter filter = search.canonical(new Filter(q, others.thema(), others.regio(), null, others.van(), others.tot()));
					List<Long> ids = search.page(filter, offset, 21).stream().map(Search.Row::id).toList();
					assertThat(ids).as(q + " " + others + " from " + offset).isEqualTo(plain(filter, offset, 21));
				}
			}
		}
		assertThat(Words.of(jdbc, common + " " + rare + " de")).as("the rarest word first, stop words left out")
			.isEqualTo(new Words.Query(List.of(new Words.Lexeme(rare, 3), new Words.Lexeme(common, SIGNALS / 2)), true));
		assertThat(Words.of(jdbc, "de " + common)).as("one lexeme alone")
			.isEqualTo(new Words.Query(List.of(new Words.Lexeme(common, SIGNALS / 2)), true));
		assertThat(Words.of(jdbc, "\"" + common + " " + common + "\"")).as("one lexeme, but as a phrase")
			.isEqualTo(new Words.Query(List.of(new Words.Lexeme(common, SIGNALS / 2)), false));
		assertThat(Words.of(jdbc, common + " OR " + rare)).as("not every word must occur").isNull();
		assertThat(Words.of(jdbc, common + " -" + rare)).as("not every word must occur").isNull();
		assertThat(Words.of(jdbc, "de het")).as("only stop words").isEqualTo(new Words.Query(List.of(), true));
		assertThat(search.page(search.canonical(new Filter(common + " " + apart, null, null, null, null, null)), 0, 21))
			.as("two common words that never meet").isEmpty();
		assertThat(search.page(search.canonical(new Filter(common + " " + late, null, null, null, null, null)), 0, 21))
			.as("two common words that meet only in the oldest signals").hasSize(21)
			.extracting(Search.Row::title).startsWith("Plan 1051");
		assertThat(search.page(search.canonical(new Filter(common, null, null, null, null, null)), 0, 21))
			.as("a common word: its newest signals").extracting(Search.Row::title).startsWith("Plan 1", "Plan 3", "Plan 5");
	}

	@Test
	void theWordsListFollowsEveryChangeOfASignal() {
		String word = word();
		long id = jdbc.sql("""
				insert into signals_signal (title, story, themes, municipality, seen_on, reporter_kind, consent, status, form_key)
				values ('Woorden', 'Een verhaal over ' || :word, array['schulden'], 'Vlieland', current_date - 3, 'ANONIEM', true,
				        'IN_BEHANDELING', gen_random_uuid()) returning id
				""").param("word", word).query(Long.class).single();
		assertWordsOf(id, true);
		jdbc.sql("update signals_signal set story = 'Een ander verhaal over ' || :word || ' en de wachtkamer' where id = :id")
			.param("word", word).param("id", id).update();
		assertWordsOf(id, true);
		jdbc.sql("update signals_signal set seen_on = seen_on - 40 where id = :id").param("id", id).update();
		assertWordsOf(id, true);
		jdbc.sql("update signals_signal set status = 'NIET_GEPUBLICEERD' where id = :id").param("id", id).update();
		assertWordsOf(id, false);
		jdbc.sql("update signals_signal set status = 'BESPROKEN', title = 'Weer' where id = :id").param("id", id).update();
		assertWordsOf(id, true);
		assertThat(jdbc.sql("select signals from signals_search_lexeme where lexeme = :word").param("word", word)
			.query(Integer.class).single()).isEqualTo(1);
		jdbc.sql("delete from signals_signal where id = :id").param("id", id).update();
		assertThat(jdbc.sql("select count(*) from signals_search_word where signal_id = :id").param("id", id)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select signals from signals_search_lexeme where lexeme = :word").param("word", word)
			.query(Integer.class).single()).isZero();
	}

	/** The signal's rows in the words list are its lexemes when it is published, else none; each lexeme counted right. */
	private void assertWordsOf(long id, boolean published) {
		List<String> kept = jdbc.sql("""
				select lexeme || ' ' || seen_on from signals_search_word where signal_id = :id order by 1
				""").param("id", id).query(String.class).list();
		List<String> expected = jdbc.sql("""
				select l || ' ' || seen_on from signals_signal, unnest(tsvector_to_array(search)) l
				where id = :id and published order by 1
				""").param("id", id).query(String.class).list();
		assertThat(kept).isEqualTo(expected);
		assertThat(kept.isEmpty()).isEqualTo(!published);
		assertThat(jdbc.sql("""
				select count(*) from signals_search_lexeme c
				where c.lexeme in (select l from signals_signal, unnest(tsvector_to_array(search)) l where id = :id)
				  and c.signals <> (select count(*) from signals_search_word w where w.lexeme = c.lexeme)
				""").param("id", id).query(Integer.class).single()).as("lexemes counted right").isZero();
	}

	@Test
	void theFeedWithWordsIsThePlainQuerysToo() {
		Search search = new Search(jdbc, network, themes, notifications, false);
		Filter filter = search.canonical(new Filter(rare, null, null, "Vlieland", null, null));
		List<Long> feed = new java.util.ArrayList<>();
		search.export(filter, 50, signal -> feed.add(signal.id()));
		assertThat(feed).isEqualTo(plain(rare, 0, 50));
		List<Long> csv = new java.util.ArrayList<>();
		search.export(filter, 100_000, signal -> csv.add(signal.id()));
		assertThat(csv).isEqualTo(plain(rare, 0, 100_000));
	}

	@Test
	void pageNumbersStopAtFiftyWithASentenceToNarrowTheSearch() throws Exception {
		mvc.perform(get("/signalen").param("gemeente", "Vlieland").param("pagina", "99999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pagina 50")))
			.andExpect(content().string(containsString("Er zijn meer signalen dan deze 50 pagina")))
			.andExpect(content().string(not(containsString("rel=\"next\""))));
		mvc.perform(get("/signalen").param("gemeente", "Vlieland").param("pagina", "49"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rel=\"next\"")))
			.andExpect(content().string(not(containsString("Er zijn meer signalen dan"))));
		mvc.perform(get("/signalen").param("q", rare).param("pagina", "50"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Er zijn meer signalen dan"))));
	}

	private List<Long> plain(String q, int offset, int limit) {
		return jdbc.sql("""
				select id from signals_signal
				where published and municipality = 'Vlieland' and search @@ websearch_to_tsquery('dutch', :q)
				order by seen_on desc, id desc offset :offset limit :limit
				""")
			.param("q", q)
			.param("offset", offset)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/** The page a plain query gives for these filters. */
	private List<Long> plain(Filter filter, int offset, int limit) {
		StringBuilder sql = new StringBuilder("select id from signals_signal where published and search @@ websearch_to_tsquery('dutch', :q)");
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("q", filter.q());
		if (filter.thema() != null) {
			sql.append(" and :theme = any(themes)");
			params.put("theme", filter.thema());
		}
		if (filter.regio() != null) {
			sql.append(" and region_key = :region");
			params.put("region", filter.regio());
		}
		if (filter.van() != null) {
			sql.append(" and seen_on >= :from");
			params.put("from", filter.van());
		}
		if (filter.tot() != null) {
			sql.append(" and seen_on <= :to");
			params.put("to", filter.tot());
		}
		params.put("offset", offset);
		params.put("limit", limit);
		return jdbc.sql(sql + " order by seen_on desc, id desc offset :offset limit :limit").params(params).query(Long.class).list();
	}
}
