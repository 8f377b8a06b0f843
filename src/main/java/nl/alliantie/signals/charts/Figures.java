package nl.alliantie.signals.charts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts behind the charts: published signals per theme and quarter, and per province. Read
 * from {@code signals_figure}, which the database keeps in the transaction that changes the signals
 * (triggers of {@code db/migration/signals/V4__figures.sql}): a few hundred rows, however many
 * signals there are.
 */
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
				select theme, quarter, cast(sum(count) as int) as count from signals_figure
				where theme <> '' and quarter >= :from
				group by 1, 2
				having sum(count) > 0
				""")
			.param("from", from)
			.query(ThemeQuarter.class)
			.list();
	}

	/** Published signals per province; signals without a municipality are counted under {@code null}. */
	Map<String, Integer> perProvince(@Nullable String theme) {
		Map<String, Integer> counts = new HashMap<>();
		jdbc.sql("select province, sum(count) from signals_figure where theme = :theme group by province")
			.param("theme", theme == null ? "" : theme)
			.query((RowCallbackHandler) rs -> {
				int count = rs.getInt(2);
				if (count > 0) {
					String province = rs.getString(1);
					counts.put(province.isEmpty() ? null : province, count);
				}
			});
		return counts;
	}
}
