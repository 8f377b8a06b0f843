package nl.alliantie.accounts.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Browsers that logged in to an account before (the "device cookie" of OWASP's advice against
 * lockout): such a browser is not slowed down by the failures of others on the same address, so
 * nobody can lock the secretariat out by guessing its password (docs/adr/0015). The cookie holds a
 * random token that is only sent to the login pages; the database keeps its SHA-256.
 */
@Component
public class KnownDevices {

	static final String COOKIE = "alliantie-apparaat";

	static final Duration KEPT = Duration.ofDays(365);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoginThrottle throttle;

	KnownDevices(JdbcClient jdbc, Clock clock, LoginThrottle throttle) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.throttle = throttle;
	}

	/** The hash of the token this browser sent, if it sent a well-formed one. */
	static Optional<String> tokenHash(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
				return Optional.of(HexFormat.of().formatHex(sha256(cookie.getValue())));
			}
		}
		return Optional.empty();
	}

	/** Whether the browser with this token hash logged in to the account of {@code email} before. */
	boolean knows(String tokenHash, String email) {
		return jdbc.sql("""
				select exists (select 1 from accounts_known_device d join accounts_account a on a.id = d.account_id
				               where d.token_hash = :hash and lower(a.email) = lower(:email) and d.last_used_at > :since)
				""")
			.param("hash", HexFormat.of().parseHex(tokenHash))
			.param("email", email == null ? "" : email.trim())
			.param("since", Timestamp.from(clock.instant().minus(KEPT)))
			.query(Boolean.class)
			.single();
	}

	/**
	 * Remembers this browser for the account that just logged in (or proved it reads the account's
	 * mail): keeps the token it has for that account, else gives it a new one.
	 */
	public void remember(long accountId, HttpServletRequest request, HttpServletResponse response) {
		Timestamp now = Timestamp.from(clock.instant());
		Optional<String> sent = tokenHash(request);
		if (sent.isPresent() && jdbc.sql("""
				update accounts_known_device set last_used_at = :now where token_hash = :hash and account_id = :account
				""")
			.param("now", now)
			.param("hash", HexFormat.of().parseHex(sent.get()))
			.param("account", accountId)
			.update() == 1) {
			return;
		}
		byte[] raw = new byte[32];
		RANDOM.nextBytes(raw);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
		jdbc.sql("""
				insert into accounts_known_device (token_hash, account_id, created_at, last_used_at)
				values (:hash, :account, :now, :now)
				""")
			.param("hash", sha256(token))
			.param("account", accountId)
			.param("now", now)
			.update();
		response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, token)
			.path("/inloggen")
			.maxAge(KEPT)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.build()
			.toString());
	}

	/**
	 * The person proved to read the account's mail (a password link): this browser is known from
	 * now on, and the waits that others' guesses caused for the address are gone.
	 */
	public void rememberAfterMailLink(long accountId, HttpServletRequest request, HttpServletResponse response) {
		remember(accountId, request, response);
		jdbc.sql("select email from accounts_account where id = :id")
			.param("id", accountId)
			.query(String.class)
			.optional()
			.ifPresent(email -> throttle.forget(LoginThrottle.Kind.EMAIL, ThrottledAuthenticationProvider.normalise(email)));
	}

	@Scheduled(fixedDelay = 86_400_000, initialDelay = 120_000)
	void forgetOld() {
		jdbc.sql("delete from accounts_known_device where last_used_at < :since")
			.param("since", Timestamp.from(clock.instant().minus(KEPT)))
			.update();
	}

	private static byte[] sha256(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
