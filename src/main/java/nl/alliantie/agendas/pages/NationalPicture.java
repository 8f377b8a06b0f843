package nl.alliantie.agendas.pages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.shared.db.DatabaseNotifications;
import nl.alliantie.shared.memory.UntilChanged;

import nl.alliantie.network.Network;
import nl.alliantie.network.ProvinceTile;

/**
 * The figures of the national page: municipalities with an agenda per year against the goal,
 * steps set and reached per year, the share of judged steps reached per province, and what was
 * reached this year. Three queries over the agendas' kept counts (not their steps), whatever the
 * number of steps, and those kept in memory until the agendas change (docs/adr/0037): while nothing
 * changes, the national page reads only its filtered list.
 */
@Component
public class NationalPicture {

	/** One year: municipalities with an agenda, the goal, steps set and reached, and where its bar is drawn. */
	public record Year(int year, int agendas, int goal, int steps, int reached, int x, int height, int goalY) {

		public int reachedPercent() {
			return steps == 0 ? 0 : Math.round(100f * reached / steps);
		}
	}

	/** A province tile: judged and reached steps, share reached, shade (0 lightest to 4 darkest). */
	public record Tile(String province, String abbreviation, int judged, int reached, int percent, int shade, int x,
			int y) {
	}

	/** A step reached this year, newest first. */
	public record Reached(String municipality, int year, long stepId, String what, String party, LocalDate on,
			String note) {

		public String href() {
			return nl.alliantie.agendas.agenda.AgendaView.href(municipality, year) + "#stap-" + stepId;
		}
	}

	public record Chart(List<Year> years, int width, int height, int max) {
	}

	/** The whole picture: the chart of the years, the provinces' tiles, the newest steps reached this year. */
	public record Picture(Chart chart, List<Tile> tiles, List<Reached> reached) {
	}

	private record Key(int year, int reachedShown) {
	}

	static final int CHART_HEIGHT = 200;

	static final int BAR = 28;

	private final JdbcClient jdbc;

	private final Network network;

	private final Clock clock;

	/** The goal per year from the year it holds: "2010:60,2011:80" (60 agendas in 2010, 80 from 2011). */
	private final TreeMap<Integer, Integer> goals = new TreeMap<>();

	private final UntilChanged<Key, Picture> kept;

	NationalPicture(JdbcClient jdbc, Network network, Clock clock,
			@Value("${alliantie.agendas.goals:2010:60,2011:80}") String goals, DatabaseNotifications notifications,
			@Value("${alliantie.figures.keep:true}") boolean keep) {
		this.kept = new UntilChanged<>(notifications, Set.of("agendas_changed"), 10, keep,
				key -> new Picture(years(), provinces(), List.copyOf(reachedIn(key.year(), key.reachedShown()))));
		this.jdbc = jdbc;
		this.network = network;
		this.clock = clock;
		for (String part : goals.split(",")) {
			String[] yearGoal = part.strip().split(":");
			if (yearGoal.length == 2) {
				this.goals.put(Integer.parseInt(yearGoal[0].strip()), Integer.parseInt(yearGoal[1].strip()));
			}
		}
	}

	/** The picture as it is now, with the newest {@code reachedShown} steps reached this year. */
	public Picture now(int reachedShown) {
		return kept.get(new Key(LocalDate.now(clock).getYear(), reachedShown));
	}

	public int goal(int year) {
		Map.Entry<Integer, Integer> entry = goals.floorEntry(year);
		return entry == null ? (goals.isEmpty() ? 0 : goals.firstEntry().getValue()) : entry.getValue();
	}

	Chart years() {
		record Row(int year, int agendas, int steps, int reached) {
		}
		List<Row> rows = jdbc.sql("""
				select year, count(*), sum(steps), sum(reached) from agendas_agenda group by year order by year
				""")
			.query((rs, row) -> new Row(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
			.list();
		int max = Math.max(1, rows.stream().mapToInt(r -> Math.max(r.agendas(), goal(r.year()))).max().orElse(1));
		List<Year> years = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row r = rows.get(i);
			int goal = goal(r.year());
			years.add(new Year(r.year(), r.agendas(), goal, r.steps(), r.reached(), 40 + i * (BAR + 8),
					Math.round((float) CHART_HEIGHT * r.agendas() / max), 20 + CHART_HEIGHT - Math.round((float) CHART_HEIGHT * goal / max)));
		}
		return new Chart(years, 40 + rows.size() * (BAR + 8) + 10, CHART_HEIGHT + 60, max);
	}

	List<Tile> provinces() {
		Map<String, int[]> counts = new HashMap<>();
		jdbc.sql("""
				select province, sum(judged), sum(reached) from agendas_agenda group by province
				""")
			.query((rs, row) -> counts.put(rs.getString(1), new int[] { rs.getInt(2), rs.getInt(3) }))
			.list();
		return network.provinces()
			.stream()
			.map(p -> ProvinceTile.of(p.name()))
			.flatMap(java.util.Optional::stream)
			.sorted(Comparator.comparing(ProvinceTile::province))
			.map(tile -> {
				int[] c = counts.getOrDefault(tile.province(), new int[] { 0, 0 });
				int percent = c[0] == 0 ? 0 : Math.round(100f * c[1] / c[0]);
				return new Tile(tile.province(), tile.abbreviation(), c[0], c[1], percent, ProvinceTile.shade(c[0], percent),
						tile.x(), tile.y());
			})
			.toList();
	}

	/** Steps reached in {@code year}, newest verdict first. */
	private List<Reached> reachedIn(int year, int limit) {
		return jdbc.sql("""
				select a.municipality, a.year, s.id, s.what, p.name, s.verdict_on, s.verdict_note
				from agendas_step s join agendas_agenda a on a.id = s.agenda_id join agendas_party p on p.id = s.party_id
				where s.verdict = 'BEHAALD' and s.verdict_on >= :from
				order by s.verdict_on desc, s.id desc limit :limit
				""")
			.param("from", LocalDate.of(year, 1, 1))
			.param("limit", limit)
			.query((rs, row) -> new Reached(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getObject(6, LocalDate.class), rs.getString(7)))
			.list();
	}
}
