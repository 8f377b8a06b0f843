package nl.alliantie.signals.reporting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Holds off spam without a third-party captcha: a signed time stamp in the form (no session
 * needed) that must be at least {@link #MIN_FILL} old, and at most {@link #PER_HOUR} reports per
 * client address per hour, counted in the database by a hash of the address. The honeypot is
 * checked in the controller. The key lives in memory: after a restart an open form is stamped
 * anew and the visitor sends once more; several instances would need a shared key.
 */
@Component
public class SpamGuard {

	static final Duration MIN_FILL = Duration.ofSeconds(3);

	static final Duration MAX_AGE = Duration.ofHours(24);

	static final int PER_HOUR = 5;

	private final byte[] key = new byte[32];

	private final JdbcClient jdbc;

	private final Clock clock;

	SpamGuard(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		new SecureRandom().nextBytes(key);
	}

	/** A stamp of now, for a freshly shown form. */
	public String stamp() {
		return stampAt(clock.millis());
	}

	/** A stamp of {@code epochMillis}; tests use it to pretend a form was filled in slowly. */
	public String stampAt(long epochMillis) {
		return epochMillis + "." + sign(Long.toString(epochMillis));
	}

	/** What is wrong with the stamp of a submitted form: {@code null} when it is fine. */
	@Nullable String problem(String stamp) {
		if (stamp == null) {
			return "signals.report.stamp.invalid";
		}
		int dot = stamp.indexOf('.');
		if (dot <= 0) {
			return "signals.report.stamp.invalid";
		}
		String millis = stamp.substring(0, dot);
		if (!MessageDigest.isEqual(sign(millis).getBytes(StandardCharsets.US_ASCII),
				stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
			return "signals.report.stamp.invalid";
		}
		long age;
		try {
			age = clock.millis() - Long.parseLong(millis);
		}
		catch (NumberFormatException e) {
			return "signals.report.stamp.invalid";
		}
		if (age < MIN_FILL.toMillis()) {
			return "signals.report.stamp.fast";
		}
		if (age > MAX_AGE.toMillis()) {
			return "signals.report.stamp.old";
		}
		return null;
	}

	/**
	 * Until the transaction ends, makes every other report from this address wait, so that counting
	 * and taking a place in {@link #take} are one step.
	 */
	void lock(String address) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('signals_rate'), :key)")
			.param("key", java.nio.ByteBuffer.wrap(hash(address)).getInt())
			.query((rs, n) -> 1)
			.single();
	}

	/**
	 * Counts one more report for this address if it sent fewer than {@link #PER_HOUR} within the
	 * hour; in the report's transaction, after {@link #lock}. Counts older than a day are forgotten.
	 */
	boolean take(String address) {
		byte[] hash = hash(address);
		int recent = jdbc.sql("select count(*) from signals_rate where address_hash = :hash and at > now() - interval '1 hour'")
			.param("hash", hash)
			.query(Integer.class)
			.single();
		if (recent >= PER_HOUR) {
			return false;
		}
		jdbc.sql("delete from signals_rate where at < now() - interval '1 day'").update();
		jdbc.sql("insert into signals_rate (address_hash) values (:hash)").param("hash", hash).update();
		return true;
	}

	private byte[] hash(String address) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(("address:" + address).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private String sign(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding()
				.encodeToString(mac.doFinal(("stamp:" + value).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
