package nl.alliantie.signals.charts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The counts behind the charts: published signals per theme and quarter, and per province. */
@Component
class Figures {

	record ThemeQuarter(String theme, LocalDate quarter, int count) {
	}

	private final JdbcClient jdbc;

	Figures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ThemeQuarter> perThemeAndQuarter(LocalDate from) {
		return jdbc.sql("""
				select t.theme, cast(date_trunc('quarter', s.seen_on) as date) as quarter, count(*) as count
				from signals_signal s cross join lateral unnest(s.themes) as t(theme)
				where s.published and s.seen_on >= :from
				group by 1, 2
				""")
			.param("from", from)
			.query(ThemeQuarter.class)
			.list();
	}

	/** Published signals per province; signals without a municipality are counted under {@code null}. */
	Map<String, Integer> perProvince(String theme) {
		Map<String, Integer> counts = new HashMap<>();
		jdbc.sql("select province, count(*) from signals_signal where published"
				+ (theme == null ? "" : " and themes @> array[cast(:theme as text)]") + " group by province")
			.params(theme == null ? Map.of() : Map.of("theme", theme))
			.query((rs, row) -> counts.put(rs.getString(1), rs.getInt(2)))
			.list();
		return counts;
	}
}
