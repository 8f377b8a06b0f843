package nl.alliantie.shared.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.springframework.core.env.Environment;

/** Fills the database for {@code bench/run}: only when {@code alliantie.bench.scale} is set. */
@Component
@Order(20)
@ConditionalOnProperty("alliantie.bench.scale")
class BenchDataGenerator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BenchDataGenerator.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final List<BenchData> contributions;

	private final BenchScale scale;

	BenchDataGenerator(JdbcClient jdbc, TransactionTemplate transactions, List<BenchData> contributions,
			Environment environment) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.contributions = contributions.stream().sorted(Comparator.comparingInt(BenchData::order)).toList();
		this.scale = BenchScale.valueOf(environment.getRequiredProperty("alliantie.bench.scale").toUpperCase(Locale.ROOT));
	}

	@Override
	public void run(ApplicationArguments args) {
		for (BenchData contribution : contributions) {
			long started = System.nanoTime();
			boolean generated = Boolean.TRUE.equals(transactions.execute(status -> {
				int claimed = jdbc.sql("insert into shared_bench_load (name, scale) values (:name, :scale) on conflict do nothing")
					.param("name", contribution.name())
					.param("scale", scale.name())
					.update();
				if (claimed == 1) {
					contribution.generate(scale);
				}
				return claimed == 1;
			}));
			if (generated) {
				log.info("Bench-gegevens {} ({}) in {} ms", contribution.name(), scale,
						(System.nanoTime() - started) / 1_000_000);
			}
		}
		jdbc.sql("analyze").update();
		log.info("Bench-gegevens klaar ({})", scale);
	}
}
