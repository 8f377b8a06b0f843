package nl.alliantie.signals.overview;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.alliantie.network.Network;
import nl.alliantie.signals.handling.Themes;

/**
 * The published signals, filtered and searched with PostgreSQL's Dutch full-text search. One query
 * per page (one row more than shown tells whether a next page exists); every filter has an index.
 */
@Component
public class Search {

	/** A published signal in a list; {@code excerpt} is the start of the story. */
	public record Row(long id, String title, String excerpt, List<String> themes, String municipality,
			String province, String regionKey, LocalDate seenOn, String status) {
	}

	/** A published signal with its whole story, for the CSV and the feed. */
	public record Full(long id, String title, String story, List<String> themes, String municipality,
			String province, String regionKey, LocalDate seenOn, String status, java.time.Instant updatedAt) {
	}

	private final JdbcClient jdbc;

	private final Network network;

	private final Themes themes;

	Search(JdbcClient jdbc, Network network, Themes themes) {
		this.jdbc = jdbc;
		this.network = network;
		this.themes = themes;
	}

	/** The filter with names as stored; unknown themes, regions and municipalities are dropped. */
	public Filter canonical(Filter filter) {
		String q = filter.q() == null || filter.q().isBlank() ? null : filter.q().trim();
		if (q != null && q.length() > 200) {
			q = q.substring(0, 200);
		}
		String theme = filter.thema() == null ? null
				: themes.all().stream().map(Themes.Theme::key).filter(filter.thema()::equals).findFirst().orElse(null);
		String region = filter.regio() == null ? null
				: network.regions().stream().map(Network.RegionSummary::key).filter(filter.regio()::equalsIgnoreCase)
					.findFirst().orElse(null);
		String municipality = network.municipality(filter.gemeente()).map(Network.MunicipalitySummary::name).orElse(null);
		return new Filter(q, theme, region, municipality, filter.van(), filter.tot());
	}

	public List<Row> page(Filter filter, int offset, int limit) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		params.put("offset", offset);
		params.put("limit", limit);
		return jdbc.sql("select id, title, left(story, 280) as excerpt, themes, municipality, province, region_key, seen_on, status "
				+ "from signals_signal" + where + " order by seen_on desc, id desc offset :offset limit :limit")
			.params(params)
			.query((rs, row) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), themes(rs), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getDate(8).toLocalDate(), rs.getString(9)))
			.list();
	}

	/** Every published signal that matches, newest first, streamed. */
	public void export(Filter filter, int max, Consumer<Full> sink) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, params);
		params.put("limit", max);
		jdbc.sql("select id, title, story, themes, municipality, province, region_key, seen_on, status, updated_at "
				+ "from signals_signal" + where + " order by seen_on desc, id desc limit :limit")
			.params(params)
			.query((rs, row) -> new Full(rs.getLong(1), rs.getString(2), rs.getString(3), themes(rs), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getDate(8).toLocalDate(), rs.getString(9),
					rs.getTimestamp(10).toInstant()))
			.stream()
			.forEach(sink);
	}

	/** Published signals in one municipality, newest first. */
	public List<Row> inMunicipality(String municipality, int limit) {
		return page(new Filter(null, null, null, municipality, null, null), 0, limit);
	}

	private static List<String> themes(ResultSet rs) throws SQLException {
		Array array = rs.getArray("themes");
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static String where(Filter filter, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add("published");
		if (filter.q() != null) {
			conditions.add("search @@ websearch_to_tsquery('dutch', :q)");
			params.put("q", filter.q());
		}
		if (filter.thema() != null) {
			conditions.add("themes @> array[cast(:theme as text)]");
			params.put("theme", filter.thema());
		}
		if (filter.regio() != null) {
			conditions.add("region_key = :region");
			params.put("region", filter.regio());
		}
		if (filter.gemeente() != null) {
			conditions.add("municipality = :municipality");
			params.put("municipality", filter.gemeente());
		}
		if (filter.van() != null) {
			conditions.add("seen_on >= :from");
			params.put("from", filter.van());
		}
		if (filter.tot() != null) {
			conditions.add("seen_on <= :to");
			params.put("to", filter.tot());
		}
		return " where " + String.join(" and ", conditions);
	}
}
