package nl.alliantie.lobby.overview;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.shared.feed.AtomFeed;
import nl.alliantie.shared.memory.UntilChanged;
import nl.alliantie.shared.text.Markdown;
import nl.alliantie.shared.time.DutchTime;

/**
 * The lobby as an Atom feed: every council letter from its send date, every year's proposals to
 * parliament from the budget debate (or the first of October), every published consultation with
 * the state secretary from its date; the newest 30 that have come, in one query, kept until the
 * lobby's tables change or the day does (docs/adr/0037).
 */
@Component
class LobbyFeed {

	/** One entry; {@code path} the page it links to, {@code text} Markdown. */
	record Entry(String key, LocalDate on, String title, String path, String text) {
	}

	static final int SIZE = 30;

	private final JdbcClient jdbc;

	private final AlliantieProperties properties;

	private final Clock clock;

	private final UntilChanged<LocalDate, List<Entry>> kept;

	LobbyFeed(JdbcClient jdbc, AlliantieProperties properties, Clock clock, DatabaseNotifications notifications,
			@Value("${alliantie.figures.keep:true}") boolean keep) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		this.kept = new UntilChanged<>(notifications, java.util.Set.of("lobby_changed"), 2, keep,
				today -> List.copyOf(read(today)));
	}

	List<Entry> entries() {
		return kept.get(LocalDate.now(clock));
	}

	private List<Entry> read(LocalDate today) {
		return jdbc.sql("""
				select * from (
				  select 'raadsbrief-' || year, send_on, 'Raadsbrief ' || year || ': ' || title, '/lobby/' || year || '#raadsbrief', national_text
				  from lobby_campaign
				  union all
				  select 'kamer-' || year, coalesce(debate_on, make_date(year, 10, 1)), title, '/lobby/' || year || '#kamer', intro
				  from lobby_parliament_set
				  union all
				  select 'staatssecretaris-' || id, held_on, title, '/lobby/staatssecretaris/' || id, paper_intro
				  from lobby_meeting where published
				) e(key, on_day, title, path, text)
				where on_day <= :today order by on_day desc, key limit :size
				""")
			.param("today", today)
			.param("size", SIZE)
			.query((rs, row) -> new Entry(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	void write(HttpServletResponse response) throws IOException {
		List<Entry> entries = entries();
		String base = properties.baseUrl().replaceAll("/+$", "");
		AtomFeed feed = new AtomFeed(base + "/lobby", properties.name() + " – lobby", base + "/lobby.atom", base + "/lobby",
				properties.name(), entries.isEmpty() ? Instant.EPOCH : instant(entries.get(0).on()));
		for (Entry entry : entries) {
			feed.entry(base + "/lobby/" + entry.key(), entry.title(), instant(entry.on()))
				.published(instant(entry.on()))
				.link(base + entry.path())
				.summary(Markdown.summary(entry.text(), 300))
				.html(Markdown.toHtml(entry.text()));
		}
		feed.writeTo(response);
	}

	private static Instant instant(LocalDate day) {
		return day.atStartOfDay(DutchTime.ZONE).toInstant();
	}
}
