package nl.alliantie;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.shared.db.StatementCount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The year figures and the public pages built from them are kept until their tables change, as in
 * production (docs/adr/0037): a page built after a change reads its figures once, the same page
 * again reads none (statements counted per request), and a committed change shows up on the pages
 * as soon as PostgreSQL's notification is in (waited for on the page, never slept).
 */
@AlliantieTest
@TestPropertySource(properties = { "alliantie.test.context=kept-figures", "alliantie.figures.keep=true",
		"alliantie.practices.keep-results=true" })
class FiguresKeptUntilChangedTest {

	private static final Logger log = LoggerFactory.getLogger(FiguresKeptUntilChangedTest.class);

	/** Every channel a kept value listens on. */
	static final List<String> CHANNELS = List.of("news_changed", "network_changed", "signals_changed", "agendas_changed",
			"conferences_changed", "consultations_changed", "lobby_changed", "newsletter_changed", "workprogram_changed", "events_changed");

	private static final AtomicInteger MARKERS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DatabaseNotifications notifications;

	@Autowired
	Clock clock;

	@Test
	void aPageBuiltAfterAChangeReadsItsFiguresOnceAndThenNone() throws Exception {
		int year = LocalDate.now(clock).getYear();
		Map<String, Integer> keptAtMost = new LinkedHashMap<>();
		keptAtMost.put("/", 0);
		keptAtMost.put("/lobby", 0);
		keptAtMost.put("/lobby.atom", 0);
		keptAtMost.put("/werkprogramma/" + year, 0);
		keptAtMost.put("/jaarverslag/" + year, 0);
		keptAtMost.put("/sociale-agendas", 0);
		keptAtMost.put("/agenda", 0);
		keptAtMost.put("/gemeenten/Utrecht", 0);
		keptAtMost.put("/sociale-agenda/Utrecht/" + year, 0);
		keptAtMost.put("/praktijken?q=schulden", 0);
		keptAtMost.put("/signalen/cijfers", 0);
		agendaOfUtrecht(year, "Utrecht zonder armoede");
		waitUntilListening();
		for (var page : keptAtMost.entrySet()) {
			everythingChanged();
			int built = statements(page.getKey());
			// the least of three: reference data kept for a few seconds (the menu) may be read again in one of them
			int kept = Math.min(statements(page.getKey()), Math.min(statements(page.getKey()), statements(page.getKey())));
			log.info("{}: {} statements built after a change, {} kept", page.getKey(), built, kept);
			assertThat(kept).as(page.getKey()).isLessThan(built).isLessThanOrEqualTo(page.getValue());
		}
	}

	@Test
	void aCommittedChangeShowsUpOnThePagesThatKeepIt() throws Exception {
		int year = LocalDate.now(clock).getYear();
		waitUntilListening();
		int members = jdbc.sql("select count(*) from network_organisation where status = 'AANGESLOTEN'")
			.query(Integer.class).single();
		assertThat(page("/")).contains("<dt>Aangesloten organisaties</dt><dd>" + members + "</dd>");
		assertThat(page("/")).contains("<dt>Aangesloten organisaties</dt><dd>" + members + "</dd>");
		String organisation = "Aaa Kept " + UUID.randomUUID();
		assertThat(page("/gemeenten/Utrecht")).doesNotContain(organisation);

		jdbc.sql("""
				insert into network_organisation (name, type_key, municipality, province, region_key, status)
				select :name, (select key from network_organisation_type order by key limit 1), m.name, m.province,
				       p.region_key, 'AANGESLOTEN'
				from network_municipality m join network_province p on p.name = m.province where m.name = 'Utrecht'
				""")
			.param("name", organisation)
			.update();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> page("/").contains("<dt>Aangesloten organisaties</dt><dd>" + (members + 1) + "</dd>"));
		await().atMost(Duration.ofSeconds(10)).until(() -> page("/gemeenten/Utrecht").contains(organisation));

		// the municipality page's signals section is kept too, until the signals change
		String signalTitle = "Signaal dat bleef " + UUID.randomUUID().toString().substring(0, 8);
		assertThat(page("/gemeenten/Utrecht")).doesNotContain(signalTitle);
		jdbc.sql("""
				insert into signals_signal (title, story, themes, municipality, province, region_key, seen_on,
				    reporter_kind, consent, status, form_key)
				select :title, 'Een verhaal.', array['schulden'], m.name, m.province, p.region_key, :on,
				       'ANONIEM', true, 'IN_BEHANDELING', gen_random_uuid()
				from network_municipality m join network_province p on p.name = m.province where m.name = 'Utrecht'
				""")
			.param("title", signalTitle)
			.param("on", LocalDate.now(clock))
			.update();
		await().atMost(Duration.ofSeconds(10)).until(() -> page("/gemeenten/Utrecht").contains(signalTitle));

		// and the public agenda page, until the agendas change
		agendaOfUtrecht(year, "Utrecht zonder armoede");
		assertThat(page("/sociale-agenda/Utrecht/" + year)).contains("Utrecht zonder armoede");
		agendaOfUtrecht(year, "Utrecht armoedevrij in 2030");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> page("/sociale-agenda/Utrecht/" + year).contains("Utrecht armoedevrij in 2030"));

		// and the practices a search found, until the practices change
		String practice = "Schulden aan huis opgelost " + UUID.randomUUID().toString().substring(0, 8);
		assertThat(page("/praktijken?q=schulden")).doesNotContain(practice);
		jdbc.sql("""
				insert into agendas_practice (title, what, municipality, party, created_at, updated_at)
				values (:title, 'Schulden samen oplossen.', 'Utrecht', 'Buurtteam', now(), now())
				""")
			.param("title", practice)
			.update();
		await().atMost(Duration.ofSeconds(10)).until(() -> page("/praktijken?q=schulden").contains(practice));

		String activity = "Activiteit " + UUID.randomUUID().toString().substring(0, 8);
		assertThat(page("/werkprogramma/" + year)).doesNotContain(activity);
		jdbc.sql("insert into workprogram_activity (year, title) values (:year, :title)")
			.param("year", year)
			.param("title", activity)
			.update();
		await().atMost(Duration.ofSeconds(10)).until(() -> page("/werkprogramma/" + year).contains(activity));
		await().atMost(Duration.ofSeconds(10)).until(() -> page("/jaarverslag/" + year).contains(activity));

		String title = "Raadsbrief die bleef " + UUID.randomUUID().toString().substring(0, 8);
		assertThat(page("/lobby.atom")).doesNotContain(title);
		jdbc.sql("""
				insert into lobby_campaign (year, title, national_text, send_on) values (:year, :title, 'Tekst.', :on)
				on conflict (year) do update set title = excluded.title, send_on = excluded.send_on
				""")
			.param("year", year)
			.param("title", title)
			.param("on", LocalDate.now(clock).minusDays(1))
			.update();
		await().atMost(Duration.ofSeconds(10)).until(() -> page("/lobby").contains(title));
		await().atMost(Duration.ofSeconds(10)).until(() -> page("/lobby.atom").contains(title));
	}

	/** Utrecht's agenda of {@code year}, made or given this ambition. */
	private void agendaOfUtrecht(int year, String ambition) {
		jdbc.sql("""
				insert into agendas_agenda (municipality, province, region_key, year, ambition)
				select m.name, m.province, p.region_key, :year, :ambition
				from network_municipality m join network_province p on p.name = m.province where m.name = 'Utrecht'
				on conflict (municipality, year) do update set ambition = excluded.ambition
				""")
			.param("year", year)
			.param("ambition", ambition)
			.update();
	}

	private int statements(String path) {
		return StatementCount.of(() -> {
			try {
				return mvc.perform(get(path)).andReturn().getResponse().getStatus();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).statements();
	}

	private String page(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Tells every channel that its tables changed and waits until that is heard. */
	private void everythingChanged() {
		for (String channel : CHANNELS) {
			jdbc.sql("select pg_notify(:channel, '')").param("channel", channel).query((row, n) -> 1).list();
		}
		settled();
	}

	/**
	 * Waits until the notifications of the writes so far are in: PostgreSQL delivers them in the
	 * order of their commits, so once a marker notified after them is heard, so are they.
	 */
	private void settled() {
		int before = MARKERS.get();
		await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
			jdbc.sql("select pg_notify('kept_figures_test_marker', '')").query((row, number) -> 1).list();
			return MARKERS.get() > before;
		});
	}

	private void waitUntilListening() {
		notifications.listen("kept_figures_test_marker", MARKERS::incrementAndGet);
		await().atMost(Duration.ofSeconds(10)).until(notifications::listening);
	}
}
