package nl.alliantie.signals.charts;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.alliantie.AlliantieTest;
import nl.alliantie.signals.SignalFixtures;
import nl.alliantie.signals.Signals;

import static nl.alliantie.signals.SignalFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures are counts the database keeps as signals change (V4__figures.sql), read without
 * touching the signals: every change of what is published shows at once, and the kept counts are
 * always those a count over all signals would give.
 */
@AlliantieTest
class FiguresTest {

	@Autowired
	Figures figures;

	@Autowired
	Signals signals;

	@Autowired
	SignalFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void publishingChangingAndWithdrawingMoveTheCounts() {
		int limburg = province("Limburg", "kinderen");
		int limburgAll = province("Limburg", null);
		int groningen = province("Groningen", "kinderen");
		int maastricht = signals.countPublishedIn("Maastricht");
		int quarter = quarter("kinderen");

		long id = fixtures.signal(unique("Cijfers"), "Voor de cijfers.", "Maastricht", "kinderen", "schulden");
		assertThat(province("Limburg", "kinderen")).as("not published yet").isEqualTo(limburg);

		fixtures.publish(id);
		assertThat(province("Limburg", "kinderen")).isEqualTo(limburg + 1);
		assertThat(province("Limburg", null)).as("counted once over all themes").isEqualTo(limburgAll + 1);
		assertThat(signals.countPublishedIn("Maastricht")).isEqualTo(maastricht + 1);
		assertThat(quarter("kinderen")).isEqualTo(quarter + 1);

		// an edit that does not touch the figures leaves them as they were
		jdbc.sql("update signals_signal set title = title || '!' where id = :id").param("id", id).update();
		assertThat(province("Limburg", "kinderen")).isEqualTo(limburg + 1);

		jdbc.sql("update signals_signal set municipality = 'Groningen', province = 'Groningen' where id = :id")
			.param("id", id)
			.update();
		assertThat(province("Limburg", "kinderen")).isEqualTo(limburg);
		assertThat(province("Groningen", "kinderen")).isEqualTo(groningen + 1);
		assertThat(signals.countPublishedIn("Maastricht")).isEqualTo(maastricht);

		jdbc.sql("update signals_signal set status = 'NIET_GEPUBLICEERD' where id = :id").param("id", id).update();
		assertThat(province("Groningen", "kinderen")).isEqualTo(groningen);
		assertThat(quarter("kinderen")).isEqualTo(quarter);

		fixtures.publish(id);
		jdbc.sql("delete from signals_trail where signal_id = :id").param("id", id).update();
		jdbc.sql("delete from signals_signal where id = :id").param("id", id).update();
		assertThat(province("Groningen", "kinderen")).isEqualTo(groningen);
		assertThat(keptAgainstRecount()).isEmpty();
	}

	@Test
	void theKeptCountsAreThoseOfACountOverAllSignals() {
		fixtures.published(unique("Zonder gemeente"), "Geen gemeente.", null, "toeslagen");
		fixtures.signal(unique("Oud"), "Lang geleden.", "Zwolle", LocalDate.now().minusYears(3), true, "schulden",
				"schulden");
		long many = fixtures.published(unique("Veel"), "Veel thema's.", "Utrecht", "schulden", "kinderen", "voedselbank");
		jdbc.sql("update signals_signal set themes = array['toeslagen'] where id = :id").param("id", many).update();
		// many rows in one statement
		jdbc.sql("update signals_signal set seen_on = seen_on where published").update();
		assertThat(keptAgainstRecount()).isEmpty();
		assertThat(figures.perProvince(null)).containsKey(null);
	}

	private int province(String province, String theme) {
		return figures.perProvince(theme).getOrDefault(province, 0);
	}

	/** The count of {@code theme} in the quarter of the fixtures' signals (seen three days ago). */
	private int quarter(String theme) {
		LocalDate seen = LocalDate.now().minusDays(3);
		LocalDate quarter = LocalDate.of(seen.getYear(), (seen.getMonthValue() - 1) / 3 * 3 + 1, 1);
		return figures.perThemeAndQuarter(quarter)
			.stream()
			.filter(f -> f.theme().equals(theme) && f.quarter().equals(quarter))
			.mapToInt(Figures.ThemeQuarter::count)
			.sum();
	}

	/** Keys where the kept count and a count over all signals differ, in one snapshot. */
	private List<String> keptAgainstRecount() {
		return jdbc.sql("""
				with recount as (
				  select t.theme, cast(date_trunc('quarter', s.seen_on) as date) as quarter,
				         coalesce(s.province, '') as province, count(*) as count
				  from signals_signal s
				  cross join lateral (select '' as theme union select unnest(s.themes)) t
				  where s.published group by 1, 2, 3),
				kept as (select theme, quarter, province, count from signals_figure where count <> 0),
				municipalities as (
				  select municipality, count(*) as count from signals_signal
				  where published and municipality is not null group by 1),
				kept_municipalities as (select municipality, count from signals_municipality_figure where count <> 0)
				select coalesce(k.theme, r.theme) || ' ' || coalesce(k.quarter, r.quarter) || ' ' || coalesce(k.province, r.province)
				       || ': kept ' || coalesce(k.count, 0) || ', counted ' || coalesce(r.count, 0)
				from kept k full join recount r on r.theme = k.theme and r.quarter = k.quarter and r.province = k.province
				where k.count is distinct from r.count
				union all
				select coalesce(k.municipality, r.municipality) || ': kept ' || coalesce(k.count, 0) || ', counted ' || coalesce(r.count, 0)
				from kept_municipalities k full join municipalities r on r.municipality = k.municipality
				where k.count is distinct from r.count
				""")
			.query(String.class)
			.list();
	}
}
