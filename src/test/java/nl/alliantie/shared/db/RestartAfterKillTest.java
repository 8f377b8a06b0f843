package nl.alliantie.shared.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart after {@code kill -9} on the embedded database (issue 18 item 15): the PostgreSQL the
 * killed app left running is stopped at once (no shutdown checkpoint), PostgreSQL recovers from its
 * write-ahead log as it starts, and everything committed before the kill is there.
 */
class RestartAfterKillTest {

	static final Pattern STOPPED = Pattern.compile("PostgreSQL van de vorige start gestopt in (\\d+) ms");

	@TempDir
	Path work;

	private Process app;

	private int databasePort;

	@Test
	void theLeftOverServerIsStoppedAtOnceAndNothingCommittedIsLost() throws Exception {
		databasePort = freePort();
		app = start(1);
		JdbcClient jdbc = JdbcClient.create(database());
		// a busy run: many committed writes still in shared buffers, not yet checkpointed
		jdbc.sql("create table restart_drill (id int primary key, text text not null)").update();
		for (int batch = 0; batch < 20; batch++) {
			jdbc.sql("insert into restart_drill select g, repeat('x', 500) from generate_series(:from, :to) g")
				.param("from", batch * 5_000)
				.param("to", batch * 5_000 + 4_999)
				.update();
		}
		app.destroyForcibly().waitFor();

		long restarting = System.nanoTime();
		app = start(2);
		Duration restart = Duration.ofNanos(System.nanoTime() - restarting);
		String log = Files.readString(work.resolve("app-2.log"));
		Matcher stopped = STOPPED.matcher(log);
		assertThat(stopped.find()).as("the left-over server was found and stopped:\n%s", log).isTrue();
		System.out.printf("Restart after kill -9: left-over PostgreSQL stopped in %s ms, started in %d ms%n",
				stopped.group(1), restart.toMillis());
		assertThat(Long.parseLong(stopped.group(1))).as("ms to stop the left-over server").isLessThan(5_000);
		assertThat(JdbcClient.create(database()).sql("select count(*) from restart_drill").query(Long.class).single())
			.isEqualTo(100_000L);
		app.destroy();
		assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
	}

	private Process start(int run) throws IOException, InterruptedException {
		Path log = work.resolve("app-" + run + ".log");
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
				"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				"nl.alliantie.AlliantieApplication", "--alliantie.data-dir=" + work.resolve("data"),
				"--alliantie.embedded-database.port=" + databasePort, "--server.port=0", "--alliantie.demo-data=false",
				"--alliantie.mail.catcher-port=0", "--alliantie.admin.email=herstart@test.alliantie.local",
				"--alliantie.admin.password=herstart-wachtwoord", "--logging.level.root=warn",
				"--logging.level.nl.alliantie=info");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(50))
				.failFast("the application stopped", () -> !process.isAlive())
				.until(() -> Files.readString(log).contains("Started AlliantieApplication"));
		}
		catch (org.awaitility.core.ConditionTimeoutException | org.awaitility.core.TerminalFailureException failed) {
			process.destroyForcibly();
			throw new AssertionError("The application did not start:\n" + Files.readString(log), failed);
		}
		return process;
	}

	private PGSimpleDataSource database() {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setUrl("jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres");
		source.setUser("postgres");
		return source;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (app != null && app.isAlive()) {
			app.destroyForcibly().waitFor();
		}
		Path pidFile = work.resolve("data/postgres/postmaster.pid");
		if (Files.exists(pidFile)) {
			ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim())).ifPresent(postgres -> {
				postgres.destroy();
				postgres.onExit().join();
			});
		}
	}
}
