package nl.alliantie.shared.db;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Flyway runs per module; see {@link ModuleMigrations}. */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

	@Bean
	FlywayMigrationStrategy moduleMigrations() {
		return new ModuleMigrations();
	}
}
