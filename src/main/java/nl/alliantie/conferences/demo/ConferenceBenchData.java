package nl.alliantie.conferences.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.bench.BenchData;
import nl.alliantie.shared.bench.BenchScale;

/**
 * Alliantiedagen for the bench, set-based: ten editions (2021 to 2030, fixed so that
 * {@code bench/pages.txt} can name them), five days each, six workshops on every day, and
 * 5,000 registrations at the national scale (50,000 at {@code national10}) spread over the 50 days,
 * and one photo.
 */
@Component
class ConferenceBenchData implements BenchData {

	static final int FIRST_YEAR = 2021;

	static final int EDITIONS = 10;

	private final JdbcClient jdbc;

	ConferenceBenchData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "conferences";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void generate(BenchScale scale) {
		int perDay = scale.times(5000) / (EDITIONS * 5);
		jdbc.sql("""
				insert into conferences_edition (year, theme, title, description)
				select y, 'Thema ' || y, 'Alliantiedagen ' || y, 'Vijf dagen vol ontmoeting, inleidingen en werkgroepen.'
				from generate_series(:first, :last) y on conflict (year) do nothing
				""")
			.param("first", FIRST_YEAR)
			.param("last", FIRST_YEAR + EDITIONS - 1)
			.update();
		jdbc.sql("""
				insert into conferences_block (edition_id, position, kind, title, starts_at, ends_at)
				select e.id, b.position, b.kind, b.title, b.starts_at, b.ends_at
				from conferences_edition e cross join (values
				  (1, 'opening', 'Opening', time '10:00', time '10:15'), (2, 'introduction', 'Inleiding', time '10:15', time '11:00'),
				  (3, 'contribution', 'Uit de praktijk 1', time '11:00', time '11:15'), (4, 'contribution', 'Uit de praktijk 2', time '11:15', time '11:30'),
				  (5, 'contribution', 'Uit de praktijk 3', time '11:30', time '11:45'), (6, 'contribution', 'Uit de praktijk 4', time '11:45', time '12:00'),
				  (7, 'intermezzo', 'Intermezzo', time '12:00', time '12:15'), (8, 'workshops', 'Werkgroepen', time '13:15', time '15:00'),
				  (9, 'closing', 'Afsluiting', time '15:00', time '15:30')) as b(position, kind, title, starts_at, ends_at)
				where e.year between :first and :last
				on conflict do nothing
				""")
			.param("first", FIRST_YEAR)
			.param("last", FIRST_YEAR + EDITIONS - 1)
			.update();
		jdbc.sql("""
				insert into conferences_day (edition_id, number, date, town, venue, address, region, capacity)
				select e.id, n, make_date(e.year, 10, 1) + (n - 1) * 7,
				       (array['Zutphen', 'Rotterdam', 'Amsterdam', 'Beilen', 'Roermond'])[n],
				       'Zaal ' || n, 'Marktplein ' || n, (array['oost', 'west', 'west', 'noord', 'zuid'])[n], :capacity
				from conferences_edition e, generate_series(1, 5) n where e.year between :first and :last
				""")
			.param("capacity", perDay + 200)
			.param("first", FIRST_YEAR)
			.param("last", FIRST_YEAR + EDITIONS - 1)
			.update();
		jdbc.sql("""
				insert into conferences_day_block (day_id, position, kind, title, starts_at, ends_at)
				select d.id, b.position, b.kind, b.title, b.starts_at, b.ends_at
				from conferences_day d join conferences_block b on b.edition_id = d.edition_id
				join conferences_edition e on e.id = d.edition_id where e.year between :first and :last
				""")
			.param("first", FIRST_YEAR)
			.param("last", FIRST_YEAR + EDITIONS - 1)
			.update();
		jdbc.sql("""
				insert into conferences_speaker (day_block_id, name, organisation, title, bio)
				select b.id, 'Spreker ' || b.id, 'Organisatie ' || b.position, 'Verhaal over armoede ' || b.position, 'Korte beschrijving.'
				from conferences_day_block b join conferences_day d on d.id = b.day_id
				join conferences_edition e on e.id = d.edition_id
				where e.year between :first and :last and b.kind in ('introduction', 'contribution', 'intermezzo')
				""")
			.param("first", FIRST_YEAR)
			.param("last", FIRST_YEAR + EDITIONS - 1)
			.update();
		jdbc.sql("""
				insert into conferences_workshop (edition_id, number, title, description, facilitator)
				select e.id, w, 'Werkgroep ' || w || ' van ' || e.year, 'Wat wij samen doen tegen armoede, deel ' || w, 'Begeleider ' || w
				from conferences_edition e, generate_series(1, 6) w where e.year between :first and :last
				""")
			.param("first", FIRST_YEAR)
			.param("last", FIRST_YEAR + EDITIONS - 1)
			.update();
		jdbc.sql("""
				insert into conferences_session (day_id, workshop_id, capacity, minimum)
				select d.id, w.id, :capacity, 8 from conferences_day d join conferences_workshop w on w.edition_id = d.edition_id
				join conferences_edition e on e.id = d.edition_id where e.year between :first and :last
				""")
			.param("capacity", perDay / 6 + 50)
			.param("first", FIRST_YEAR)
			.param("last", FIRST_YEAR + EDITIONS - 1)
			.update();
		jdbc.sql("""
				insert into conferences_registration (day_id, name, email, organisation, consent_at, status, first_choice,
				  session_id, workshop_status, needs_diet)
				select d.id, 'Deelnemer ' || n, 'deelnemer' || n || '.dag' || d.id || '@bench.alliantie.local',
				       'Organisatie ' || (n % 500), now(), 'registered', s.id, s.id, 'placed',
				       case when n % 7 = 0 then 'vegetarisch' else '' end
				from conferences_day d join conferences_edition e on e.id = d.edition_id
				cross join generate_series(1, :perDay) n
				join conferences_workshop w on w.edition_id = d.edition_id and w.number = 1 + n % 6
				join conferences_session s on s.day_id = d.id and s.workshop_id = w.id
				where e.year between :first and :last
				""")
			.param("perDay", perDay)
			.param("first", FIRST_YEAR)
			.param("last", FIRST_YEAR + EDITIONS - 1)
			.update();
		jdbc.sql("""
				update conferences_day d set taken = c.count
				from (select day_id, count(*) as count from conferences_registration where status = 'registered' group by day_id) c
				where c.day_id = d.id
				""").update();
		jdbc.sql("""
				update conferences_session s set taken = c.count
				from (select session_id, count(*) as count from conferences_registration where workshop_status = 'placed' group by session_id) c
				where c.session_id = s.id
				""").update();
		// One photo of the last edition (a grey PNG, its own thumbnail), so that bench/pages.txt can
		// name /alliantiedagen/bestanden/1: the first file of a new bench database.
		jdbc.sql("""
				insert into conferences_file (edition_id, kind, title, filename, content_type, size_bytes, data, thumbnail)
				select e.id, 'photo', 'Foto van de dag', 'foto.png', 'image/png', length(p.png), p.png, p.png
				from conferences_edition e cross join (select decode(:png, 'base64') as png) p where e.year = :last
				""")
			.param("png", "iVBORw0KGgoAAAANSUhEUgAAAEAAAAAoCAAAAABrpaM1AAAAJElEQVR42mPYQiFgGDVg1IBRA0YNGDVg1IBRA0YNGDVgOBoAAMHSCGpraBCvAAAAAElFTkSuQmCC")
			.param("last", FIRST_YEAR + EDITIONS - 1)
			.update();
	}
}
