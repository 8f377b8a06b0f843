package nl.alliantie.news;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.shared.memory.UntilChanged;
import nl.alliantie.shared.time.DutchTime;

/** What other modules may read of the news: the latest published items, e.g. for the home page. */
@Service
public class News {

	/** A published news item as a headline with its link. */
	public record Headline(long id, String title, String lead, LocalDate published) {

		public String path() {
			return "/nieuws/" + id;
		}
	}

	private final JdbcClient jdbc;

	private final UntilChanged<Integer, List<Headline>> latest;

	News(JdbcClient jdbc, DatabaseNotifications notifications, @Value("${alliantie.figures.keep:true}") boolean keep) {
		this.jdbc = jdbc;
		this.latest = new UntilChanged<>(notifications, Set.of("news_changed"), 10, keep,
				count -> List.copyOf(read(count)));
	}

	/**
	 * The {@code count} newest published items, newest first; one query on the published index,
	 * kept until the news changes (docs/adr/0037).
	 */
	public List<Headline> latest(int count) {
		return latest.get(Math.max(0, Math.min(count, 50)));
	}

	private List<Headline> read(int count) {
		return jdbc.sql("""
				select id, title, lead, published_at from news_item where status = 'PUBLISHED'
				order by published_at desc, id desc limit :count
				""")
			.param("count", count)
			.query((rs, row) -> new Headline(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant().atZone(DutchTime.ZONE).toLocalDate()))
			.list();
	}
}
