package nl.alliantie.shared.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.ds.PGSimpleDataSource;

import static org.awaitility.Awaitility.await;

/**
 * For the fault drills that kill the application with {@code kill -9}: the app as a process of its
 * own on the test class path, with its embedded PostgreSQL on a fixed free port in {@code work/data},
 * its log in {@code work/app-<run>.log}; and the clean-up that also stops the PostgreSQL a killed app
 * leaves running.
 */
public final class AppProcess {

	private final Path work;

	private final int databasePort;

	private volatile Process process;

	public AppProcess(Path work) throws IOException {
		this.work = work;
		this.databasePort = freePort();
	}

	/** Starts run {@code run} with these extra arguments and waits until it has started (at most 3 minutes). */
	public Process start(int run, String... arguments) throws IOException {
		Path log = log(run);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				"nl.alliantie.AlliantieApplication", "--alliantie.data-dir=" + work.resolve("data"),
				"--alliantie.embedded-database.port=" + databasePort, "--server.port=0", "--alliantie.demo-data=false",
				"--logging.level.root=warn", "--logging.level.nl.alliantie=info"));
		command.addAll(List.of(arguments));
		Process started = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(50))
				.failFast("the application stopped", () -> !started.isAlive())
				.until(() -> Files.readString(log).contains("Started AlliantieApplication"));
		}
		catch (org.awaitility.core.ConditionTimeoutException | org.awaitility.core.TerminalFailureException failed) {
			started.destroyForcibly();
			throw new AssertionError("The application did not start:\n" + Files.readString(log), failed);
		}
		process = started;
		return started;
	}

	public Path log(int run) {
		return work.resolve("app-" + run + ".log");
	}

	/** {@code kill -9}: the process ends at once, its PostgreSQL keeps running. */
	public void kill() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroyForcibly().waitFor();
		}
	}

	/** Its embedded database, reached directly. */
	public PGSimpleDataSource database() {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setUrl("jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres");
		source.setUser("postgres");
		return source;
	}

	/** Kills the app if it still runs and stops the PostgreSQL a killed app left running. */
	public void cleanUp() throws IOException, InterruptedException {
		kill();
		Path pidFile = work.resolve("data/postgres/postmaster.pid");
		if (Files.exists(pidFile)) {
			ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim())).ifPresent(postgres -> {
				postgres.destroy();
				postgres.onExit().join();
			});
		}
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
