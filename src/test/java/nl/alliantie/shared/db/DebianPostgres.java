package nl.alliantie.shared.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's PostgreSQL server (15 or newer) in a fresh cluster of its own on a free port, with a
 * database {@code alliantie}: an external server as a real installation has, which tests can stop
 * and start again.
 */
public final class DebianPostgres implements AutoCloseable {

	private final Path bin;

	private final Path cluster;

	private final int port;

	private final boolean asPostgresUser;

	private DebianPostgres(Path bin, Path cluster, int port, boolean asPostgresUser) {
		this.bin = bin;
		this.cluster = cluster;
		this.port = port;
		this.asPostgresUser = asPostgresUser;
	}

	/** A new cluster, started, with an empty database {@code alliantie}. */
	public static DebianPostgres start() throws Exception {
		boolean asPostgresUser = "root".equals(System.getProperty("user.name"));
		Path cluster = Files.createTempDirectory("alliantie-pg-");
		DebianPostgres postgres = new DebianPostgres(findServer(), cluster, freePort(), asPostgresUser);
		if (asPostgresUser) {
			run("chown", "postgres:postgres", cluster.toString());
		}
		postgres.pg("initdb", "-D", cluster.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-instructions");
		postgres.startServer();
		try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgres.port + "/postgres",
				"postgres", "")) {
			connection.createStatement().execute("create database alliantie");
		}
		return postgres;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/alliantie";
	}

	/** The arguments that put the app on this server, followed by {@code more}. */
	public String[] appArguments(String... more) {
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl(),
				"--spring.datasource.username=postgres", "--spring.datasource.password="));
		arguments.addAll(List.of(more));
		return arguments.toArray(String[]::new);
	}

	/** Starts the server (again); returns when it takes connections. */
	public void startServer() throws Exception {
		pg("pg_ctl", "-D", cluster.toString(), "-w", "-t", "60", "-l", cluster.resolve("server.log").toString(), "-o",
				"-p " + port + " -k " + cluster + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
	}

	/** Stops the server as an administrator would ({@code pg_ctl stop -m fast}: open sessions are ended). */
	public void stopServer() throws Exception {
		pg("pg_ctl", "-D", cluster.toString(), "-m", "fast", "-w", "stop");
	}

	@Override
	public void close() throws Exception {
		pg("pg_ctl", "-D", cluster.toString(), "-m", "immediate", "stop");
		run("rm", "-rf", cluster.toString());
	}

	static Path findServer() throws IOException {
		List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/local/bin")));
		Path debian = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(debian)) {
			try (var versions = Files.list(debian)) {
				versions.sorted(java.util.Comparator.reverseOrder()).forEach(version -> candidates.add(version.resolve("bin")));
			}
		}
		return candidates.stream()
			.filter(dir -> Files.isExecutable(dir.resolve("pg_ctl")) && Files.isExecutable(dir.resolve("initdb")))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"No PostgreSQL server found in /usr/local/bin or /usr/lib/postgresql/*/bin: install Debian's postgresql (.ci/run does)"));
	}

	private void pg(String tool, String... args) throws Exception {
		List<String> command = new ArrayList<>();
		if (asPostgresUser) {
			command.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		command.add(bin.resolve(tool).toString());
		command.addAll(List.of(args));
		run(command.toArray(String[]::new));
	}

	private static void run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
