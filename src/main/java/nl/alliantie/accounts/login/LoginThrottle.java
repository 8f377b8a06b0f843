package nl.alliantie.accounts.login;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Growing waits between login attempts, never a block that the right password cannot pass
 * (docs/adr/0015). Attempts are counted per key: an e-mail address, a browser that logged in to it
 * before, a network address. An attempt is counted the moment it may start, in one statement, so
 * a hundred parallel tries cannot all slip in; a successful one is handed back. After the free
 * attempts of a key, the next one has to wait 2, 4, 8 … seconds, at most {@link Kind#cap}; a key
 * quiet for an hour starts afresh. Refused attempts check no password and count for nothing, so
 * whoever waits gets in.
 */
@Component
class LoginThrottle {

	/** What is counted, with its free attempts and longest wait. */
	enum Kind {

		/** One e-mail address, from browsers that never logged in to it. */
		EMAIL("email:", 5, Duration.ofMinutes(15)),
		/** One browser that logged in to the address before: only its own failures count. */
		DEVICE("device:", 10, Duration.ofMinutes(15)),
		/** One network address (IPv6: its /64), over all e-mail addresses: one password sprayed over many. */
		NETWORK("net:", 20, Duration.ofMinutes(15));

		final String prefix;

		final int free;

		final Duration cap;

		Kind(String prefix, int free, Duration cap) {
			this.prefix = prefix;
			this.free = free;
			this.cap = cap;
		}
	}

	static final Duration QUIET = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Counts an attempt for {@code key} if one may start now. Returns how long to wait otherwise
	 * (the attempt is then not counted).
	 */
	Optional<Duration> claim(Kind kind, String key) {
		Instant now = clock.instant();
		Optional<Integer> counted = jdbc.sql("""
				insert into accounts_login_throttle as t (key, attempts, last_at, allowed_at)
				values (:key, 1, :now, cast(:now as timestamptz) + accounts_login_wait(1, :free, :cap))
				on conflict (key) do update
				set attempts = case when t.last_at < :quietSince then 1 else t.attempts + 1 end,
				    last_at = :now,
				    allowed_at = cast(:now as timestamptz) + accounts_login_wait(
				        case when t.last_at < :quietSince then 1 else t.attempts + 1 end, :free, :cap)
				where t.allowed_at <= :now
				returning attempts
				""")
			.param("key", kind.prefix + key)
			.param("now", Timestamp.from(now))
			.param("quietSince", Timestamp.from(now.minus(QUIET)))
			.param("free", kind.free)
			.param("cap", (int) kind.cap.toSeconds())
			.query(Integer.class)
			.optional();
		if (counted.isPresent()) {
			return Optional.empty();
		}
		Instant allowed = jdbc.sql("select allowed_at from accounts_login_throttle where key = :key")
			.param("key", kind.prefix + key)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional()
			.orElse(now);
		// a row that allows an attempt now was changed in between: try once more next time
		return Optional.of(Duration.between(now, allowed).isNegative() ? Duration.ofSeconds(1) : Duration.between(now, allowed));
	}

	/** The attempt succeeded: it no longer counts, and no one waits for it. */
	void handBack(Kind kind, String key) {
		Instant now = clock.instant();
		jdbc.sql("""
				update accounts_login_throttle
				set attempts = greatest(attempts - 1, 0),
				    allowed_at = least(allowed_at, last_at + accounts_login_wait(greatest(attempts - 1, 0), :free, :cap))
				where key = :key
				""")
			.param("key", kind.prefix + key)
			.param("free", kind.free)
			.param("cap", (int) kind.cap.toSeconds())
			.update();
	}

	/** The account's owner logged in: forget its failures. */
	void forget(Kind kind, String key) {
		jdbc.sql("delete from accounts_login_throttle where key = :key").param("key", kind.prefix + key).update();
	}

	/** How many attempts count now for {@code key}, for tests and the log. */
	int attempts(Kind kind, String key) {
		return jdbc.sql("select attempts from accounts_login_throttle where key = :key and last_at >= :quietSince")
			.param("key", kind.prefix + key)
			.param("quietSince", Timestamp.from(clock.instant().minus(QUIET)))
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
	void forgetOld() {
		jdbc.sql("delete from accounts_login_throttle where last_at < :dayAgo")
			.param("dayAgo", Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
			.update();
	}
}
