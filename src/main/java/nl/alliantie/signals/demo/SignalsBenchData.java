package nl.alliantie.signals.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.bench.BenchData;
import nl.alliantie.shared.bench.BenchScale;

/**
 * Signals for the bench, set-based: 10,000 at the national scale, 100,000 at national10, over all
 * municipalities, themes and the last two years, with stories stitched from real Dutch phrases so
 * that full-text search finds something (each word in a few per cent of the signals). About one in
 * seven is not published (new, withheld or without consent).
 */
@Component
class SignalsBenchData implements BenchData {

	private final JdbcClient jdbc;

	SignalsBenchData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "signals";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public void generate(BenchScale scale) {
		jdbc.sql("""
				with m as (select m.name, m.province, p.region_key, row_number() over (order by m.name) - 1 as rn
				           from network_municipality m join network_province p on p.name = m.province),
				     mc as (select count(*) as c from network_municipality),
				     t as (select array_agg(key order by position) as keys from signals_theme),
				     w as (select
				        array['Gemeente stopt met vergoeding', 'Meer gezinnen bij de voedselbank', 'Energierekening niet te betalen',
				              'Tegenprestatie zonder begeleiding', 'Lange wachttijd schuldhulp', 'Kinderen missen schoolreisje',
				              'Toeslag teruggevorderd', 'Bijzondere bijstand afgewezen', 'Huurachterstand door hoge kosten',
				              'Geen plek in de ggz', 'Onbetaald werken met behoud van uitkering', 'Witgoed kapot, geen geld'] as titles,
				        array['Steeds meer mensen melden zich bij het inloopspreekuur.', 'De gemeente heeft de regels aangescherpt.',
				              'Een alleenstaande moeder kan de rekening niet meer betalen.', 'Vrijwilligers zien de rij elke week langer worden.',
				              'De aanvraag werd zonder gesprek afgewezen.', 'Ouderen durven de verwarming niet meer aan te zetten.',
				              'Mensen schamen zich en komen pas laat.', 'De wachtlijst bij de schuldhulpverlening is drie maanden.',
				              'Jongeren met een uitkering moeten verplicht vrijwilligerswerk doen.', 'Het noodfonds is halverwege het jaar al leeg.'] as a,
				        array['Bij de voedselbank kwamen dit kwartaal veertig nieuwe huishoudens.', 'De bijzondere bijstand voor een bril of tandarts is geschrapt.',
				              'Het energiefonds is gesloten terwijl de prijzen hoog blijven.', 'Zonder begeleiding haken mensen af bij de tegenprestatie.',
				              'Kinderen kunnen niet mee op schoolkamp of naar de sportclub.', 'Na een terugvordering van de toeslagen ontstaan nieuwe schulden.',
				              'De huurtoeslag is te laat aangevraagd en nu is er een achterstand.', 'In de ggz is een wachttijd van een half jaar.',
				              'Statushouders krijgen brieven die zij niet kunnen lezen.', 'Werkgevers gebruiken mensen met behoud van uitkering als gratis kracht.',
				              'Mantelzorgers raken zelf in de problemen.', 'Beschermingsbewind kost meer dan het oplevert.'] as b,
				        array['Wij vragen de gemeenteraad om de regeling te herstellen.', 'Dit willen wij bespreken in het regio-overleg.',
				              'Andere gemeenten in de regio doen het beter.', 'Wij horen dit van meerdere organisaties.',
				              'Graag aandacht hiervoor in de raadsbrief.', 'De wethouder is hierover al gebeld.', 'Er is dringend een oplossing nodig.'] as c)
				insert into signals_signal (title, story, themes, municipality, province, region_key, seen_on, reporter_kind,
				    organisation_name, consent, status, form_key, created_at, updated_at)
				select w.titles[1 + n % 12] || ' in ' || m.name,
				       w.a[1 + n % 10] || ' ' || w.b[1 + (n / 7) % 12] || ' ' || w.c[1 + (n / 3) % 7]
				           || ' (bench ' || n || ')',
				       case when n % 3 = 0 then array[t.keys[1 + n % 9], t.keys[1 + (n / 9) % 9]] else array[t.keys[1 + n % 9]] end,
				       m.name, m.province, m.region_key,
				       current_date - (n % 730),
				       (array['ORGANISATIE', 'PERSOON', 'ANONIEM'])[1 + n % 3],
				       case when n % 3 = 0 then 'Bench organisatie ' || (n % 5000) end,
				       n % 20 <> 0,
				       (array['IN_BEHANDELING', 'BESPROKEN', 'IN_LOBBY', 'AFGEROND', 'IN_BEHANDELING', 'BESPROKEN', 'NIEUW',
				              'IN_BEHANDELING', 'AFGEROND', 'IN_BEHANDELING', 'BESPROKEN', 'IN_LOBBY', 'IN_BEHANDELING',
				              'NIET_GEPUBLICEERD'])[1 + n % 14],
				       cast(md5('bench-signal-' || n) as uuid),
				       now() - make_interval(days => n % 730), now() - make_interval(days => n % 730)
				from generate_series(1, :count) n
				cross join w cross join t cross join mc
				join m on m.rn = (n * 7) % mc.c
				on conflict (form_key) do nothing
				""")
			.param("count", scale.times(10_000))
			.update();
		jdbc.sql("analyze signals_signal").update();
	}
}
