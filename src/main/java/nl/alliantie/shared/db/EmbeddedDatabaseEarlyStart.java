package nl.alliantie.shared.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import nl.alliantie.shared.AlliantieProperties;

/**
 * Starts the embedded PostgreSQL on its own thread as soon as the configuration is known, so that
 * it comes up while Spring builds the application context instead of after it: a restart saves
 * the half second PostgreSQL needs, a first start the seconds of {@code initdb}. The context's
 * {@link EmbeddedDatabaseConfiguration} takes the server over; one it never takes (the context
 * failed) is stopped when the JVM exits.
 */
public class EmbeddedDatabaseEarlyStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

	private static final ConcurrentMap<Path, CompletableFuture<EmbeddedPostgres>> STARTING = new ConcurrentHashMap<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabaseEarlyStart::stopUnclaimed, "embedded-postgres-early-stop"));
	}

	@Override
	public int getOrder() {
		// after the configuration files are read and logging is set up, so that what PostgreSQL reports is logged
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		ConfigurableEnvironment environment = event.getEnvironment();
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| !environment.getProperty("alliantie.embedded-database.early-start", Boolean.class, true)) {
			return;
		}
		AlliantieProperties properties;
		try {
			properties = Binder.get(environment).bindOrCreate("alliantie", Bindable.of(AlliantieProperties.class));
		}
		catch (RuntimeException unbindable) {
			// the context reports the bad setting itself, with a clear message
			return;
		}
		Path directory = EmbeddedDatabaseConfiguration.directoryOf(properties);
		// a data directory given with ${random.uuid} resolves anew every time: keep the one started here
		environment.getPropertySources()
			.addFirst(new MapPropertySource("alliantie-embedded-database",
					Map.of("alliantie.data-dir", properties.dataDir().toAbsolutePath().normalize().toString())));
		STARTING.computeIfAbsent(directory, dir -> CompletableFuture.supplyAsync(() -> {
			try {
				return EmbeddedDatabaseConfiguration.start(dir, properties);
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}, runnable -> {
			Thread thread = new Thread(runnable, "embedded-postgres-start");
			thread.setDaemon(true);
			thread.start();
		}));
	}

	/** The server started early for {@code directory}, if one was; the caller owns it from now on. */
	static @Nullable CompletableFuture<EmbeddedPostgres> claim(Path directory) {
		return STARTING.remove(directory);
	}

	private static void stopUnclaimed() {
		STARTING.values().forEach(starting -> {
			try {
				starting.getNow(null).close();
			}
			catch (Exception ignored) {
				// not started or already gone
			}
		});
	}
}
