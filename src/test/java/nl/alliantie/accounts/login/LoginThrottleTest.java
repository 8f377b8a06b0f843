package nl.alliantie.accounts.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.alliantie.AlliantieTest;
import nl.alliantie.accounts.login.LoginThrottle.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/** The waits of the login throttle over time, on its own clock (docs/adr/0015). */
@AlliantieTest
class LoginThrottleTest {

	@Autowired
	JdbcClient jdbc;

	final SetClock clock = new SetClock(Instant.parse("2026-03-02T09:00:00Z"));

	@Test
	void fiveAttemptsAreFreeThenTheWaitsDoubleUpToAQuarterOfAnHour() {
		LoginThrottle throttle = new LoginThrottle(jdbc, clock);
		String key = key();
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.claim(Kind.EMAIL, key)).isEmpty();
		}
		List<Long> waits = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			Duration wait = throttle.claim(Kind.EMAIL, key).orElseThrow();
			waits.add(wait.toSeconds());
			// asking again while waiting counts for nothing and does not make the wait longer
			assertThat(throttle.claim(Kind.EMAIL, key)).contains(wait);
			clock.pass(wait);
			assertThat(throttle.claim(Kind.EMAIL, key)).as("after waiting %s", wait).isEmpty();
		}
		assertThat(waits).containsExactly(2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 900L, 900L, 900L);
	}

	@Test
	void aQuietHourStartsAfresh() {
		LoginThrottle throttle = new LoginThrottle(jdbc, clock);
		String key = key();
		for (int i = 0; i < 5; i++) {
			throttle.claim(Kind.EMAIL, key);
		}
		assertThat(throttle.claim(Kind.EMAIL, key)).isPresent();
		clock.pass(Duration.ofMinutes(61));
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.claim(Kind.EMAIL, key)).isEmpty();
		}
		assertThat(throttle.attempts(Kind.EMAIL, key)).isEqualTo(5);
	}

	@Test
	void anAttemptHandedBackNoLongerCounts() {
		LoginThrottle throttle = new LoginThrottle(jdbc, clock);
		String key = key();
		for (int i = 0; i < 40; i++) {
			assertThat(throttle.claim(Kind.NETWORK, key)).isEmpty();
			throttle.handBack(Kind.NETWORK, key);
		}
		assertThat(throttle.attempts(Kind.NETWORK, key)).isZero();
	}

	@Test
	void aHundredParallelAttemptsAreCountedOneByOne() throws Exception {
		LoginThrottle throttle = new LoginThrottle(jdbc, clock);
		String key = key();
		List<Callable<Optional<Duration>>> attempts = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			attempts.add(() -> throttle.claim(Kind.EMAIL, key));
		}
		int started = 0;
		try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
			for (Future<Optional<Duration>> result : pool.invokeAll(attempts)) {
				if (result.get().isEmpty()) {
					started++;
				}
			}
		}
		assertThat(started).isEqualTo(5);
		assertThat(throttle.attempts(Kind.EMAIL, key)).isEqualTo(5);
	}

	private static String key() {
		return "throttle-test-" + UUID.randomUUID();
	}

	/** A clock the test moves forward. */
	static final class SetClock extends Clock {

		private volatile Instant now;

		SetClock(Instant now) {
			this.now = now;
		}

		void pass(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Europe/Amsterdam");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}
}
