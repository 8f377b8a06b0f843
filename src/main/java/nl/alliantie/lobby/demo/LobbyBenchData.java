package nl.alliantie.lobby.demo;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.network.Network;
import nl.alliantie.shared.bench.BenchData;
import nl.alliantie.shared.bench.BenchScale;

/**
 * The council letters of 2024, 2025, 2026 and 2030 for the bench (fixed years, so that
 * {@code bench/pages.txt} can name 2030, and the past ones fill {@code /lobby} and its Atom feed with
 * what has come): each with five proposals, an approved local part in every fifth municipality, and
 * a letter to every municipality, sent, with the responses spread over every state; the year's
 * proposals to parliament with visits, and a published consultation with the state secretary.
 */
@Component
class LobbyBenchData implements BenchData {

	static final int YEAR = 2030;

	/** The years made, the first one's consultation with the state secretary is the bench's {@code /lobby/staatssecretaris/1}. */
	static final List<Integer> YEARS = List.of(2024, 2025, 2026, YEAR);

	private final JdbcClient jdbc;

	private final Network network;

	LobbyBenchData(JdbcClient jdbc, Network network) {
		this.jdbc = jdbc;
		this.network = network;
	}

	@Override
	public String name() {
		// renamed from "lobby" (2030 only) when the past years came: a data set made before gets them on its next start
		return "lobby-years";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	public void generate(BenchScale scale) {
		for (int year : YEARS) {
			generate(year);
		}
	}

	private void generate(int year) {
		long campaign = jdbc.sql("""
				insert into lobby_campaign (year, title, national_text, send_on)
				values (:year, 'Armoede is geen keuze: voorstellen voor uw begroting',
				        'Steeds meer mensen in uw gemeente komen niet rond.\n\nWij doen u vijf voorstellen voor de begroting van volgend jaar.',
				        make_date(:year, 4, 15))
				on conflict (year) do update set title = excluded.title returning id
				""")
			.param("year", year)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into lobby_proposal (campaign_id, number, title, explanation)
				select :campaign, n, 'Voorstel ' || n || ': een concrete stap tegen armoede',
				       'Een korte toelichting bij voorstel ' || n || ', met wat het kost en wat het oplevert.'
				from generate_series(1, 5) n on conflict (campaign_id, number) do nothing
				""")
			.param("campaign", campaign)
			.update();
		String[] names = network.municipalities().stream().map(Network.MunicipalitySummary::name).toArray(String[]::new);
		jdbc.sql("""
				insert into lobby_local_part (campaign_id, municipality, experiences, proposals, status, version,
				       approved_version, approved_experiences, approved_proposals, approved_at)
				select :campaign, m.name, 'Ervaringen uit ' || m.name || ': gezinnen wachten weken op bijzondere bijstand.',
				       '* Beslis binnen twee weken', 'APPROVED', 1, 1,
				       'Ervaringen uit ' || m.name || ': gezinnen wachten weken op bijzondere bijstand.', '* Beslis binnen twee weken', now()
				from unnest(cast(:names as text[])) with ordinality as m(name, i) where m.i % 5 = 0
				on conflict (campaign_id, municipality) do nothing
				""")
			.param("campaign", campaign)
			.param("names", names)
			.update();
		jdbc.sql("""
				insert into lobby_letter (campaign_id, municipality, griffie_email, state, send_after, queued_at, response, response_on)
				select :campaign, m.name, 'griffie@' || m.i || '.example', 'QUEUED', :sent, :sent,
				       (array['SENT', 'RECEIVED', 'ON_AGENDA', 'DISCUSSED', 'MOTION_PASSED', 'NO_RESPONSE'])[1 + m.i % 6],
				       case when m.i % 6 in (1, 2, 3, 4) then make_date(:year, 6, 1) end
				from unnest(cast(:names as text[])) with ordinality as m(name, i)
				on conflict (campaign_id, municipality) do nothing
				""")
			.param("campaign", campaign)
			.param("names", names)
			.param("year", year)
			.param("sent", java.sql.Timestamp.from(Instant.parse(year + "-04-15T07:00:00Z")))
			.update();
		parliamentAndStateSecretary(year, campaign);
	}

	/** The year's proposals to parliament with visits, and a published consultation with the state secretary whose paper cites councils. */
	private void parliamentAndStateSecretary(int year, long campaign) {
		jdbc.sql("""
				insert into lobby_faction (name)
				select f from unnest(array['VVD', 'PVV', 'GroenLinks-PvdA', 'NSC', 'D66', 'BBB', 'CDA', 'SP']) f
				where not exists (select 1 from lobby_faction)
				""").update();
		long set = jdbc.sql("""
				insert into lobby_parliament_set (year, title, intro, debate_on)
				values (:year, 'Voorstellen voor de begroting van SZW', 'Wij vragen de Kamer om vijf dingen.', make_date(:year, 11, 12))
				on conflict (year) do update set title = excluded.title returning id
				""")
			.param("year", year)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into lobby_parliament_proposal (set_id, number, title, explanation, outcome, outcome_url)
				select :set, n, 'Kamervoorstel ' || n, 'Toelichting bij kamervoorstel ' || n || '.',
				       (array['OPEN', 'MOTION_FILED', 'MOTION_PASSED', 'MOTION_REJECTED', 'PROMISED'])[n],
				       'https://www.tweedekamer.nl/kamerstukken/moties/' || n
				from generate_series(1, 5) n on conflict (set_id, number) do nothing
				""")
			.param("set", set)
			.update();
		jdbc.sql("""
				insert into lobby_faction_visit (set_id, faction_id, visit_on, visitors, spokesperson, outcome)
				select :set, f.id, make_date(:year, 10, 1) + (row_number() over (order by f.id))::int, 'Het secretariaat',
				       'Woordvoerder SZW', 'Een goed gesprek.'
				from lobby_faction f
				where not exists (select 1 from lobby_faction_visit v where v.set_id = :set)
				""")
			.param("set", set)
			.param("year", year)
			.update();
		if (jdbc.sql("select count(*) from lobby_meeting where held_on = make_date(:year, 5, 20) and published")
			.param("year", year)
			.query(Integer.class)
			.single() > 0) {
			return;
		}
		long meeting = jdbc.sql("""
				insert into lobby_meeting (held_on, title, participants, paper_intro, report, published)
				values (make_date(:year, 5, 20), 'Voorjaarsoverleg met de staatssecretaris', 'De staatssecretaris en het secretariaat',
				        'Wat onze leden zien, in vijf punten.', 'Een goed gesprek.', true) returning id
				""")
			.param("year", year)
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into lobby_paper_point (meeting_id, number, title, explanation)
				select :meeting, n, 'Punt ' || n || ' voor de staatssecretaris', 'Toelichting bij punt ' || n || '.'
				from generate_series(1, 5) n
				""")
			.param("meeting", meeting)
			.update();
		jdbc.sql("""
				insert into lobby_paper_response (point_id, campaign_id, municipality)
				select p.id, l.campaign_id, l.municipality from lobby_paper_point p
				cross join lateral (select campaign_id, municipality from lobby_letter
				                    where campaign_id = :campaign and response = 'MOTION_PASSED' order by municipality limit 4) l
				where p.meeting_id = :meeting
				""")
			.param("meeting", meeting)
			.param("campaign", campaign)
			.update();
		jdbc.sql("""
				insert into lobby_commitment (meeting_id, what, status)
				select :meeting, 'Toezegging ' || n, (array['OPEN', 'KEPT', 'NOT_KEPT'])[1 + n % 3] from generate_series(1, 6) n
				""")
			.param("meeting", meeting)
			.update();
	}
}
