package nl.alliantie.newsletter.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.bench.BenchData;
import nl.alliantie.shared.bench.BenchScale;

/**
 * Newsletter issues for the bench, set-based: ten years of eight sent issues (80; 800 at
 * national10), each with four articles of real Dutch sentences, so that the archive, its search
 * and an issue page ({@code /nieuwsbrief/archief/1}) have something to show.
 */
@Component
class NewsletterBenchData implements BenchData {

	private final JdbcClient jdbc;

	NewsletterBenchData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "newsletter";
	}

	@Override
	public int order() {
		return 90;
	}

	@Override
	public void generate(BenchScale scale) {
		int issues = scale.times(80);
		jdbc.sql("""
				with t as (select array['Armoede en werk', 'Schulden voorkomen', 'Energiearmoede', 'Kinderen in armoede',
				                        'De lokale sociale agenda', 'Zorg die je niet kunt betalen', 'Wonen',
				                        'Terugblik op de Alliantiedagen'] as themes)
				insert into newsletter_issue (year, number, theme, copy_deadline, planned_on, introduction, status, sent_at)
				select 2000 + (n - 1) / 8, 1 + (n - 1) % 8, t.themes[1 + (n - 1) % 8],
				       make_date(2000 + (n - 1) / 8, 1 + ((n - 1) % 8), 1), make_date(2000 + (n - 1) / 8, 1 + ((n - 1) % 8), 15),
				       'Welkom bij dit nummer over **' || lower(t.themes[1 + (n - 1) % 8]) || '**.', 'SENT',
				       make_date(2000 + (n - 1) / 8, 1 + ((n - 1) % 8), 15)::timestamptz
				from generate_series(1, :issues) n, t
				order by n
				""").param("issues", issues).update();
		jdbc.sql("""
				with s as (select array['Bij de voedselbank komen steeds vaker mensen die werken.',
				                        'De gemeente heeft de bijzondere bijstand voor een bril geschrapt.',
				                        'Het energiefonds is gesloten terwijl de prijzen hoog blijven.',
				                        'Kinderen kunnen niet mee op schoolkamp of naar de sportclub.',
				                        'De wachtlijst bij de schuldhulpverlening is drie maanden.',
				                        'Statushouders krijgen brieven die zij niet kunnen lezen.',
				                        'Mantelzorgers raken zelf in de problemen.'] as sentences)
				insert into newsletter_article (title, lead, body, province, author_email, author_name, status, issue_id,
				                                position, updated_at)
				select 'Uit de praktijk ' || i.id || '.' || p, s.sentences[1 + (i.id + p) % 7],
				       s.sentences[1 + (i.id + p) % 7] || E'\\n\\n' || s.sentences[1 + (i.id + p + 1) % 7] || ' '
				       || s.sentences[1 + (i.id + p + 2) % 7] || E'\\n\\n## Wat wij vragen\\n\\n- ' || s.sentences[1 + (i.id + p + 3) % 7],
				       (array['Limburg', 'Utrecht', 'Groningen', 'Zeeland'])[p], 'bench@alliantie.local', 'Bench correspondent',
				       'ACCEPTED', i.id, p, i.sent_at
				from newsletter_issue i, generate_series(1, 4) p, s
				where i.status = 'SENT'
				""").update();
		jdbc.sql("""
				update newsletter_issue i set sent_text = i.theme || ' ' || a.text
				from (select issue_id, string_agg(title || ' ' || lead || ' ' || body, ' ') as text
				      from newsletter_article where issue_id is not null group by issue_id) a
				where a.issue_id = i.id and i.status = 'SENT'
				""").update();
	}
}
