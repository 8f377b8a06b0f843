package nl.alliantie.shared.db;

import java.io.IOException;
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

import org.springframework.jdbc.core.simple.JdbcClient;

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

	private AppProcess apps;

	@Test
	void theLeftOverServerIsStoppedAtOnceAndNothingCommittedIsLost() throws Exception {
		apps = new AppProcess(work);
		app = start(1);
		JdbcClient jdbc = JdbcClient.create(apps.database());
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
		assertThat(JdbcClient.create(apps.database()).sql("select count(*) from restart_drill").query(Long.class).single())
			.isEqualTo(100_000L);
		app.destroy();
		assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
	}

	private Process start(int run) throws IOException {
		return apps.start(run, "--alliantie.mail.catcher-port=0", "--alliantie.admin.email=herstart@test.alliantie.local",
				"--alliantie.admin.password=herstart-wachtwoord");
	}

	@AfterEach
	void cleanUp() throws Exception {
		if (apps != null) {
			apps.cleanUp();
		}
	}
}
