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
 * A search reads the newest signals first and, when they do not hold the page, the matches from the
 * full-text index (Search#read): whichever way a page is read, it is the page a plain query gives.
 * 1,100 published signals in Vlieland (more than the first step's budget of 1,000 for a first page),
 * a word in every other one and a word in three of the oldest.
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

	@BeforeAll
	void signals() {
		jdbc.sql("""
				insert into signals_signal (title, story, themes, municipality, province, region_key, seen_on,
				    reporter_kind, consent, status, form_key)
				select 'Plan ' || n,
				       'Verhaal nummer ' || n || case when n % 2 = 1 then ' over ' || :common else '' end
				           || case when n in (1090, 1095, 1100) then ' met ' || :rare else '' end,
				       array['schulden'], m.name, m.province, p.region_key, current_date - 400 - n,
				       'ANONIEM', true, 'IN_BEHANDELING', gen_random_uuid()
				from generate_series(1, :count) n
				cross join network_municipality m join network_province p on p.name = m.province
				where m.name = 'Vlieland'
				""")
			.param("common", common)
			.param("rare", rare)
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
}
