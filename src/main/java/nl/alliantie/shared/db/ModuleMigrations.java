package nl.alliantie.shared.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Runs the migrations of every module on its own: {@code db/migration/<module>/} with its own
 * history table {@code flyway_schema_history_<module>}, in the order of
 * {@code db/migration/modules.txt} (a module after the modules it uses; {@code ModularityTests}
 * keeps that list true). The same tables and order as Spring Modulith's runtime support, without
 * analysing all classes at every start (see docs/adr/0007).
 */
public final class ModuleMigrations implements FlywayMigrationStrategy {

	static final String ORDER = "db/migration/modules.txt";

	private static final Logger log = LoggerFactory.getLogger(ModuleMigrations.class);

	private final List<String> modules;

	public ModuleMigrations() {
		this(readOrder());
	}

	ModuleMigrations(List<String> modules) {
		this.modules = List.copyOf(modules);
	}

	/** The modules in migration order, as listed in {@code db/migration/modules.txt}. */
	public static List<String> readOrder() {
		try (InputStream in = new ClassPathResource(ORDER).getInputStream()) {
			return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read " + ORDER, e);
		}
	}

	@Override
	public void migrate(Flyway flyway) {
		var resolver = new PathMatchingResourcePatternResolver();
		for (String module : modules) {
			if (!hasMigrations(resolver, module)) {
				continue;
			}
			FluentConfiguration configuration = Flyway.configure()
				.configuration(flyway.getConfiguration())
				.locations("classpath:db/migration/" + module)
				.table(flyway.getConfiguration().getTable() + "_" + module)
				.baselineVersion("0")
				.baselineOnMigrate(true);
			int applied = configuration.load().migrate().migrationsExecuted;
			if (applied > 0) {
				log.info("Module {}: {} migratie(s) uitgevoerd", module, applied);
			}
		}
	}

	private static boolean hasMigrations(PathMatchingResourcePatternResolver resolver, String module) {
		try {
			return resolver.getResources("classpath*:db/migration/" + module + "/*.sql").length > 0;
		}
		catch (IOException e) {
			return false;
		}
	}
}
