package nl.alliantie.shared.db;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code SPRING_DATASOURCE_URL} the app runs on any PostgreSQL 15+: here Debian's PostgreSQL 15
 * server, started by the test in a fresh cluster. The embedded database is then not started.
 */
class ExternalPostgresTest {

	static Path bin;

	static Path cluster;

	static int port;

	static boolean asPostgresUser;

	@BeforeAll
	static void startPostgres() throws Exception {
		bin = findServer();
		asPostgresUser = "root".equals(System.getProperty("user.name"));
		cluster = Files.createTempDirectory("alliantie-pg-");
		port = freePort();
		if (asPostgresUser) {
			run("chown", "postgres:postgres", cluster.toString());
		}
		pg("initdb", "-D", cluster.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-instructions");
		pg("pg_ctl", "-D", cluster.toString(), "-w", "-t", "60", "-l", cluster.resolve("server.log").toString(), "-o",
				"-p " + port + " -k " + cluster + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
		try (var connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "")) {
			connection.createStatement().execute("create database alliantie");
		}
	}

	@AfterAll
	static void stopPostgres() throws Exception {
		if (cluster != null) {
			pg("pg_ctl", "-D", cluster.toString(), "-m", "immediate", "stop");
			run("rm", "-rf", cluster.toString());
		}
	}

	@Test
	void theWholeAppRunsOnAnExternalServer() throws Exception {
		try (RunningApp app = RunningApp.start("--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/alliantie",
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--alliantie.data-dir=" + RunningApp.freshDataDir())) {
			assertThat(app.context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
			JdbcClient jdbc = app.context.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 15");
			assertThat(jdbc.sql("select count(*) from flyway_schema_history_accounts where success").query(Integer.class).single())
				.isPositive();

			assertThat(app.get("/").statusCode()).isEqualTo(200);
			var login = app.logIn("admin@db.test", "database-test-wachtwoord");
			assertThat(login.statusCode()).isEqualTo(302);
			assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/beheer");
			var admin = app.get("/beheer/accounts");
			assertThat(admin.statusCode()).isEqualTo(200);
			assertThat(admin.body()).contains("admin@db.test");
		}
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

	private static void pg(String tool, String... args) throws Exception {
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
