package nl.alliantie.shared.demo;

import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.alliantie.shared.AlliantieProperties;

/**
 * Decides at the first start whether this installation is a demo, and then loads every
 * contribution not loaded yet, so that a module added later brings its demo data along. Without
 * {@code ALLIANTIE_DEMO_DATA}, only an installation on the embedded database is a demo: one on an
 * external PostgreSQL server is a real one, and gets no demo logins.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner, DemoDataStatus {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final List<DemoData> contributions;

	private final AlliantieProperties properties;

	private final boolean embeddedDatabase;

	private volatile boolean demo;

	DemoDataLoader(JdbcClient jdbc, TransactionTemplate transactions, List<DemoData> contributions,
			AlliantieProperties properties, ObjectProvider<EmbeddedPostgres> embeddedDatabase) {
		this.jdbc = jdbc;
		this.embeddedDatabase = embeddedDatabase.getIfAvailable() != null;
		this.transactions = transactions;
		this.contributions = contributions.stream().sorted(Comparator.comparingInt(DemoData::order)).toList();
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		jdbc.sql("insert into shared_installation (id, demo) values (1, :demo) on conflict (id) do nothing")
			.param("demo", wanted())
			.update();
		demo = jdbc.sql("select demo from shared_installation where id = 1").query(Boolean.class).single();
		if (!demo) {
			return;
		}
		for (DemoData contribution : contributions) {
			transactions.executeWithoutResult(status -> {
				int claimed = jdbc.sql("insert into shared_demo_load (name) values (:name) on conflict do nothing")
					.param("name", contribution.name())
					.update();
				if (claimed == 1) {
					log.info("Demo-gegevens laden: {}", contribution.name());
					contribution.load();
				}
			});
		}
	}

	private boolean wanted() {
		if (properties.demoData() != null) {
			return properties.demoData();
		}
		if (!embeddedDatabase) {
			log.info("Geen demo-gegevens: deze installatie draait op een externe database (ALLIANTIE_DEMO_DATA=true laadt ze toch)");
		}
		return embeddedDatabase;
	}

	@Override
	public boolean loaded() {
		return demo;
	}
}
