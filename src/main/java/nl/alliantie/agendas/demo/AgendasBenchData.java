package nl.alliantie.agendas.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.bench.BenchData;
import nl.alliantie.shared.bench.BenchScale;

/**
 * Agendas for the bench, set-based: every municipality in 2017–2026 (national10; the last two years
 * at the national scale), each with four parties and twenty steps, closed years with verdicts,
 * so 68,400 steps at national10; 200 good practices (2,000 at national10). Fixed years, so that
 * {@code bench/pages.txt} can name one agenda.
 */
@Component
class AgendasBenchData implements BenchData {

	static final int LAST_YEAR = 2026;

	private final JdbcClient jdbc;

	AgendasBenchData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "agendas";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public void generate(BenchScale scale) {
		int years = scale == BenchScale.NATIONAL10 ? 10 : 2;
		jdbc.sql("""
				insert into agendas_agenda (municipality, province, region_key, year, state, lead_name, ambition, advice)
				select m.name, m.province, p.region_key, y,
				       case when y < :last then 'AFGESLOTEN' when length(m.name) % 5 = 0 then 'CONCEPT' else 'VASTGESTELD' end,
				       'Platform Armoede ' || m.name, m.name || ' armoedevrij in 2030: niemand hoeft hier rond te komen zonder hulp.',
				       case when y % 3 = 0 then 'Betrek de **minimagroep** bij elke stap en spreek een vaste datum af voor de evaluatie.' else '' end
				from network_municipality m join network_province p on p.name = m.province
				cross join generate_series(:last - :years + 1, :last) y
				on conflict do nothing
				""")
			.param("last", LAST_YEAR)
			.param("years", years)
			.update();
		jdbc.sql("""
				insert into agendas_party (agenda_id, name, kind)
				select a.id, k.name || ' ' || a.municipality, k.kind
				from agendas_agenda a
				cross join (values ('Gemeente', 'GEMEENTE'), ('Voedselbank', 'MAATSCHAPPELIJK'),
				                   ('Woonstichting', 'BEDRIJF'), ('Minimagroep', 'BASISGROEP')) k(name, kind)
				where a.lead_name like 'Platform Armoede %'
				on conflict do nothing
				""")
			.update();
		jdbc.sql("""
				insert into agendas_activity (agenda_id, party_id, what, for_whom, reach)
				select p.agenda_id, p.id, 'Spreekuur over geldzorgen van ' || p.name, 'Inwoners met een laag inkomen', 'Elke dinsdag in het buurthuis'
				from agendas_party p join agendas_agenda a on a.id = p.agenda_id
				where a.lead_name like 'Platform Armoede %' and p.kind <> 'GEMEENTE'
				  and not exists (select 1 from agendas_activity t where t.party_id = p.id)
				""")
			.update();
		jdbc.sql("""
				with w as (select array['Folder over regelingen bij de huisartsen', 'Inloopspreekuur in de bibliotheek',
				                        'Afspraak over vroeg melden van huurachterstand', 'Schoolspullenpas voor alle kinderen',
				                        'Energiecoach voor honderd huishoudens', 'Minimagroep praat mee over het armoedebeleid',
				                        'Vrijwilligers getraind in thuisadministratie', 'Gratis zwemles voor kinderen uit gezinnen met weinig geld',
				                        'Wachtlijst schuldhulp korter dan vier weken', 'Maandelijks overleg tussen voedselbank en gemeente'] as what)
				insert into agendas_step (agenda_id, party_id, what, due, measure, verdict, verdict_note, verdict_on)
				select a.id, p.id, w.what[1 + (a.id + n) % 10] || ' (' || n || ')', make_date(a.year, 1 + n % 12, 1 + n % 28),
				       'Aan het eind van het jaar is het gedaan en weten we hoeveel mensen het bereikte.',
				       case when a.state = 'AFGESLOTEN' then (array['BEHAALD', 'BEHAALD', 'DEELS_BEHAALD', 'NIET_BEHAALD'])[1 + (a.id + n) % 4]
				            when a.state = 'VASTGESTELD' and n % 3 = 0 then 'BEHAALD' end,
				       case when a.state = 'AFGESLOTEN' or (a.state = 'VASTGESTELD' and n % 3 = 0) then 'Gedaan zoals afgesproken, met de minimagroep erbij.' end,
				       case when a.state = 'AFGESLOTEN' then make_date(a.year, 12, 1 + n)
				            when a.state = 'VASTGESTELD' and n % 3 = 0 then make_date(a.year, 1 + n % 11, 1) end
				from agendas_agenda a cross join w cross join generate_series(1, 20) n
				join agendas_party p on p.agenda_id = a.id
				  and p.kind = (array['GEMEENTE', 'MAATSCHAPPELIJK', 'BEDRIJF', 'BASISGROEP'])[1 + n % 4]
				where a.lead_name like 'Platform Armoede %'
				  and not exists (select 1 from agendas_step s where s.agenda_id = a.id)
				""")
			.update();
		// good practices to search: 200, and 2,000 at national10
		jdbc.sql("""
				with w as (select array['Schuldhulp zonder wachtlijst', 'Energiecoaches aan de keukentafel', 'Schoolspullenpas voor ieder kind',
				                        'Minimagroep aan tafel bij het armoedebeleid', 'Vroeg melden van huurachterstand', 'Gratis zwemles',
				                        'Inloopspreekuur over geldzaken in de bibliotheek', 'Voedselbank en gemeente maandelijks om tafel',
				                        'Vrijwilligers helpen met thuisadministratie', 'Noodfonds voor onverwachte rekeningen'] as title,
				              array['schulden, schuldhulp', 'energie, wonen', 'kinderen, onderwijs', 'meedoen, beleid', 'wonen, schulden',
				                    'kinderen, sport', 'geldzaken, toeslagen', 'voedsel, samenwerking', 'geldzaken, vrijwilligers',
				                    'noodfonds, schulden'] as themes)
				insert into agendas_practice (title, what, municipality, party, themes, took, created_at, updated_at)
				select w.title[1 + n % 10] || ' (' || n || ')',
				       'In ' || m.name || ' spraken gemeente, vrijwilligers en de minimagroep af wat ieder doet. '
				       || w.title[1 + n % 10] || ' bereikte het eerste jaar ' || (50 + n % 400) || ' huishoudens.',
				       m.name, 'Platform Armoede ' || m.name, w.themes[1 + n % 10],
				       'Een vaste contactpersoon bij de gemeente, ' || (2 + n % 20) || ' vrijwilligers en een klein budget.',
				       make_timestamptz(2017 + n % 10, 1 + n % 12, 1 + n % 28, 12, 0, 0), make_timestamptz(2017 + n % 10, 1 + n % 12, 1 + n % 28, 12, 0, 0)
				from w cross join generate_series(1, :count) n
				join lateral (select name from network_municipality order by name offset n % 342 limit 1) m on true
				where not exists (select 1 from agendas_practice)
				""")
			.param("count", scale == BenchScale.NATIONAL10 ? 2000 : 200)
			.update();
		jdbc.sql("analyze agendas_practice").update();
		jdbc.sql("analyze agendas_agenda").update();
		jdbc.sql("analyze agendas_step").update();
	}
}
