package nl.alliantie.signals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.alliantie.AlliantieTest;
import nl.alliantie.shared.demo.DemoData;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo signals load once and cover every theme, every region, both years and every status. */
@AlliantieTest
class SignalsDemoDataTest {

	@Autowired
	List<DemoData> demoData;

	@Autowired
	JdbcClient jdbc;

	@Test
	void demoSignalsAreBelievableAndVaried() {
		DemoData signals = demoData.stream().filter(d -> d.name().equals("signals")).findFirst().orElseThrow();
		int before = count("select count(*) from signals_signal");
		signals.load();
		signals.load();
		assertThat(count("select count(*) from signals_signal") - before).isEqualTo(300);
		assertThat(count("select count(distinct t) from signals_signal, unnest(themes) t where created_at < now() - interval '1 hour'"))
			.isGreaterThanOrEqualTo(9);
		assertThat(count("select count(distinct region_key) from signals_signal where created_at < now() - interval '1 hour'")).isEqualTo(4);
		assertThat(count("select count(distinct status) from signals_signal where created_at < now() - interval '1 hour'")).isGreaterThanOrEqualTo(5);
		assertThat(count("select count(*) from signals_trail where kind = 'BESPROKEN' and actor = 'demo'")).isGreaterThan(50);
		assertThat(count("select count(*) from signals_signal where published and seen_on < current_date - 365")).isGreaterThan(50);
	}

	private int count(String sql) {
		return jdbc.sql(sql).query(Integer.class).single();
	}
}
