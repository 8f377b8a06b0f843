package nl.alliantie.newsletter.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.newsletter.IssueSent;
import nl.alliantie.newsletter.editorial.Articles;
import nl.alliantie.newsletter.editorial.Issues;
import nl.alliantie.shared.demo.DemoData;
import nl.alliantie.shared.time.DutchTime;

/**
 * The year plan of this year (seven issues), the two issues already out in the archive, pieces of
 * the Limburg demo correspondent in every stage, and a few confirmed demo subscribers, so that the
 * editors ({@code redactie@demo.alliantie.local}) can compose and send the next issue at once.
 */
@Component
class NewsletterDemoData implements DemoData {

	record Piece(String title, String lead, String body, @Nullable String province) {
	}

	static final List<String> THEMES = List.of("Armoede en werk", "Schulden voorkomen", "Energiearmoede",
			"Kinderen in armoede", "De lokale sociale agenda", "Zorg die je niet kunt betalen", "Terugblik op de Alliantiedagen");

	static final List<Piece> SENT = List.of(
			new Piece("Werken en toch arm", "Steeds meer mensen met een baan komen niet rond.",
					"Bij de voedselbank in Heerlen komen steeds vaker mensen die werken. Ze hebben een flexibel contract en weten nooit hoeveel uren ze krijgen.\n\n## Wat wij vragen\n\n- een vast aantal uren\n- bijzondere bijstand die snel beslist\n\nLees ook [het signaal op onze site](https://example.org/signalen).",
					"Limburg"),
			new Piece("Tegenprestatie zonder begeleiding", "",
					"In verschillende gemeenten moeten mensen met een bijstandsuitkering onbetaald werk doen. Zonder begeleiding haken zij af. Wij spraken met drie deelnemers.",
					null),
			new Piece("Schulden beginnen klein", "Een rekening van 80 euro werd 460 euro.",
					"Incassokosten maken kleine schulden groot. De gemeente Venlo begint nu met **vroegsignalering**: wie een huur- of zorgpremieachterstand heeft, krijgt binnen twee weken een telefoontje.",
					"Limburg"),
			new Piece("Geld voor een schoolreisje", "",
					"Niet elk kind kan mee op schoolreis. In Maastricht betaalt een fonds de kosten, zonder dat ouders een formulier hoeven in te vullen.",
					"Limburg"));

	private final Issues issues;

	private final Articles articles;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	NewsletterDemoData(Issues issues, Articles articles, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.issues = issues;
		this.articles = articles;
		this.jdbc = jdbc;
		this.clock = clock;
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
	@Transactional
	public void load() {
		LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
		int year = today.getYear();
		long[] ids = new long[THEMES.size()];
		for (int i = 0; i < THEMES.size(); i++) {
			LocalDate planned = LocalDate.of(year, 1, 20).plusDays(i * 52L);
			ids[i] = issues.plan(year, i + 1, THEMES.get(i), planned.minusDays(14), planned).orElseThrow();
		}
		String correspondent = "correspondent.limburg@demo.alliantie.local";
		for (int i = 0; i < SENT.size(); i++) {
			Piece piece = SENT.get(i);
			boolean mine = piece.province() != null;
			long article = articles.write(piece.title(), piece.lead(), piece.body(), piece.province(),
					mine ? correspondent : "redactie@demo.alliantie.local", mine ? "Demo correspondent Limburg" : "Demo redactie",
					null, true);
			articles.accept(article, "Demo redactie");
			articles.place(article, ids[i / 2], "Demo redactie");
		}
		for (int i = 0; i < 2; i++) {
			jdbc.sql("""
					update newsletter_issue set status = 'SENT', sent_at = (planned_on + time '10:00') at time zone 'Europe/Amsterdam',
					       introduction = :intro,
					       sent_text = theme || ' ' || (select string_agg(title || ' ' || lead || ' ' || body, ' ')
					                                    from newsletter_article where issue_id = :id)
					where id = :id
					""")
				.param("id", ids[i])
				.param("intro", "Welkom bij deze nieuwsbrief over **" + THEMES.get(i).toLowerCase() + "**.")
				.update();
			// as Sending does: the document library lists the sent issue
			events.publishEvent(new IssueSent(ids[i], i + 1, year, THEMES.get(i), LocalDate.of(year, 1, 20).plusDays(i * 52L),
					"/nieuwsbrief/archief/" + ids[i]));
		}
		long accepted = articles.write("Energiefonds Sittard gesloten", "Het fonds was in juni al leeg.",
				"Het energiefonds in Sittard-Geleen is gesloten. Wie nu een hoge rekening krijgt, kan nergens terecht.",
				"Limburg", correspondent, "Demo correspondent Limburg", null, true);
		articles.accept(accepted, "Demo redactie");
		articles.write("Wachtlijst schuldhulp Roermond", "", "Concept: nog cijfers opvragen bij de gemeente.", "Limburg",
				correspondent, "Demo correspondent Limburg", null, false);
		articles.write("Buurtkamer Kerkrade", "", "Een nieuwe buurtkamer waar mensen samen koken en hun post openen.",
				"Limburg", correspondent, "Demo correspondent Limburg", null, true);
		jdbc.sql("""
				insert into newsletter_subscriber (email, name, status, source, unsubscribe_token, created_at, confirmed_at)
				select 'lezer' || n || '@demo.alliantie.local', 'Demo lezer ' || n, 'CONFIRMED', 'FORM',
				       translate(encode(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()), 'base64'), '+/=', '-_'), now(), now()
				from generate_series(1, 12) n
				on conflict do nothing
				""").update();
	}
}
