package nl.alliantie.accounts.login;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * After {@value #LIMIT} failed logins on one e-mail address within an hour, further tries are
 * refused until the oldest of those failures is an hour old. Counted per address whether or not an
 * account exists, so the refusal tells nobody which addresses are known.
 */
@Component
class LoginThrottle {

	static final int LIMIT = 10;

	static final Duration WINDOW = Duration.ofHours(1);

	private final JdbcClient jdbc;

	LoginThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** When the address may try again, if it is blocked now. */
	Optional<Instant> blockedUntil(String email) {
		List<Instant> recent = jdbc.sql("""
				select failed_at from accounts_login_failure
				where email = :email and failed_at > now() - interval '1 hour'
				order by failed_at desc limit :limit
				""")
			.param("email", normalise(email))
			.param("limit", LIMIT)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.list();
		if (recent.size() < LIMIT) {
			return Optional.empty();
		}
		return Optional.of(recent.get(LIMIT - 1).plus(WINDOW));
	}

	void recordFailure(String email) {
		jdbc.sql("insert into accounts_login_failure (email) values (:email)").param("email", normalise(email)).update();
	}

	void clear(String email) {
		jdbc.sql("delete from accounts_login_failure where email = :email").param("email", normalise(email)).update();
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
	void forgetOld() {
		jdbc.sql("delete from accounts_login_failure where failed_at < now() - interval '1 day'").update();
	}

	private static String normalise(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}
}
