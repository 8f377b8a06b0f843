package nl.alliantie.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

import nl.alliantie.shared.AlliantieProperties;

/**
 * Starts PostgreSQL inside the application when no {@code spring.datasource.url} is given, with its
 * data in {@code <data-dir>/postgres} so that it survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(AlliantieProperties properties) throws IOException {
		Path directory = directoryOf(properties);
		java.util.concurrent.CompletableFuture<EmbeddedPostgres> early = EmbeddedDatabaseEarlyStart.claim(directory);
		if (early != null) {
			try {
				return early.join();
			}
			catch (java.util.concurrent.CompletionException failed) {
				if (failed.getCause() instanceof java.io.UncheckedIOException io) {
					throw io.getCause();
				}
				throw failed;
			}
		}
		return start(directory, properties);
	}

	static Path directoryOf(AlliantieProperties properties) {
		return properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
	}

	static EmbeddedPostgres start(Path directory, AlliantieProperties properties) throws IOException {
		Files.createDirectories(directory);
		stopLeftoverServer(directory);
		long started = System.nanoTime();
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			// stopped by the context (after the pool and the event registry are done with it), not
			// by a shutdown hook of its own that races them and leaves the pool waiting 30 s
			.setRegisterShutdownHook(false)
			.setServerConfig("fsync", properties.embeddedDatabase().fsync() ? "on" : "off")
			.setServerConfig("full_page_writes", properties.embeddedDatabase().fsync() ? "on" : "off")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("max_connections", "60")
			// after a crash PostgreSQL first replays its write-ahead log: that may take longer than the
			// library's 10 s, and giving up then would leave the app not starting at all
			.setPGStartupWait(java.time.Duration.ofMinutes(10));
		if (properties.embeddedDatabase().port() > 0) {
			builder.setPort(properties.embeddedDatabase().port());
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Ingebouwde PostgreSQL gestart op poort {} met gegevens in {} ({} ms)", postgres.getPort(), directory,
				(System.nanoTime() - started) / 1_000_000);
		return postgres;
	}

	/**
	 * PostgreSQL runs as its own process: when the application is killed ({@code kill -9}, a
	 * crash) it keeps running and holds the data directory, so the next start would fail. Stop it
	 * at once, the way a crash of the machine would: {@code SIGKILL} to the server and each of its
	 * processes. A shutdown with a checkpoint (or even {@code pg_ctl -m immediate}, which waits up
	 * to five seconds for the processes) made a restart take half a minute or more (issue 18 item
	 * 15). Everything committed is in the write-ahead log, which the start that follows replays
	 * (PostgreSQL's own crash recovery); what was not committed is gone, as with any crash.
	 */
	static void stopLeftoverServer(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
		}
		catch (RuntimeException unreadable) {
			return;
		}
		// a pid file of a server that is gone, or whose pid now belongs to another program, PostgreSQL handles itself
		ProcessHandle server = ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false))
			.orElse(null);
		if (server == null) {
			return;
		}
		log.warn("PostgreSQL (pid {}) draait nog van een vorige start van de applicatie; die wordt eerst gestopt", pid);
		long stopping = System.nanoTime();
		// which processes are its own is known only while it runs: list them before the first is killed
		java.util.List<ProcessHandle> processes = new java.util.ArrayList<>(server.descendants().toList());
		processes.add(0, server);
		for (ProcessHandle process : processes) {
			process.destroyForcibly();
		}
		try {
			for (ProcessHandle process : processes) {
				process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping PostgreSQL " + pid, e);
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
			throw new IOException("PostgreSQL " + pid + " from an earlier start does not stop; stop it by hand", e);
		}
		log.warn("PostgreSQL van de vorige start gestopt in {} ms; bij het starten herstelt het zich uit zijn logboek",
				(System.nanoTime() - stopping) / 1_000_000);
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		return DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.driverClassName("org.postgresql.Driver")
			.url(postgres.getJdbcUrl("postgres", "postgres"))
			.username("postgres")
			.password("")
			.build();
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}
}
