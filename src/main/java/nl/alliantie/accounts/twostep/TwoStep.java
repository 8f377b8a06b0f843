package nl.alliantie.accounts.twostep;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.shared.AlliantieProperties;

/**
 * Two-step login (docs/adr/0019): a six-digit code from an authenticator app (TOTP, RFC 6238:
 * SHA-1, 30 seconds, one step of clock difference either way), or one of ten recovery codes. The
 * secret is sealed in the database and only shown while it is set up; a code is never accepted
 * twice. The secretariat can require it for every account with a bound role, and for itself.
 */
@Service
public class TwoStep {

	/** How an account stands: on since when, recovery codes left, and whether it must be on. */
	public record Status(boolean on, @Nullable Instant since, int recoveryCodesLeft, boolean required) {
	}

	/** A secret being set up: the key to type in (in groups of four) and the link the QR code holds. */
	public record Setup(String key, String uri) {

		/** The QR code to scan, as SVG, described by {@code label} for screen readers. */
		public String qrSvg(String label) {
			return QrCode.svg(uri, label);
		}
	}

	/** What the secretariat requires. */
	public record Policy(boolean boundRoles, boolean secretariat) {
	}

	static final int STEP_SECONDS = 30;

	static final int RECOVERY_CODES = 10;

	/** No 0, 1, i, l, o: nothing to mix up when typing from paper (16 of them: 79 bits). */
	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final EncryptedSecrets secrets;

	private final Clock clock;

	private final AlliantieProperties properties;

	private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

	TwoStep(JdbcClient jdbc, EncryptedSecrets secrets, Clock clock, AlliantieProperties properties) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.clock = clock;
		this.properties = properties;
	}

	public Policy policy() {
		return jdbc.sql("select two_step_for_bound_roles, two_step_for_secretariat from accounts_policy where id = 1")
			.query((rs, row) -> new Policy(rs.getBoolean(1), rs.getBoolean(2)))
			.single();
	}

	@Transactional
	public void require(Policy policy) {
		jdbc.sql("""
				update accounts_policy set two_step_for_bound_roles = :bound, two_step_for_secretariat = :secretariat,
				       changed_at = :now where id = 1
				""")
			.param("bound", policy.boundRoles())
			.param("secretariat", policy.secretariat())
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** Whether the policy requires two-step login of an account with these roles. */
	public static boolean requiredBy(Policy policy, Collection<Grant> grants) {
		return grants.stream()
			.anyMatch(grant -> policy.boundRoles() && grant.role().bound()
					|| policy.secretariat() && grant.role() == Role.SECRETARIAAT);
	}

	public Status status(long account, Collection<Grant> grants) {
		return jdbc.sql("""
				select a.totp_confirmed_at,
				       (select count(*) from accounts_recovery_code r where r.account_id = a.id and r.used_at is null)
				from accounts_account a where a.id = :id
				""")
			.param("id", account)
			.query((rs, row) -> {
				Timestamp since = rs.getTimestamp(1);
				return new Status(since != null, since == null ? null : since.toInstant(), rs.getInt(2),
						requiredBy(policy(), grants));
			})
			.single();
	}

	/** Starts setting up (again): a new secret, not in force until a code from it is confirmed. */
	@Transactional
	public Setup begin(long account, String email) {
		String secret = new DefaultSecretGenerator(32).generate();
		int updated = jdbc.sql("""
				update accounts_account set totp_secret = :sealed, totp_last_step = null
				where id = :id and totp_confirmed_at is null
				""")
			.param("sealed", secrets.seal(secret))
			.param("id", account)
			.update();
		if (updated == 0) {
			throw new IllegalStateException("Two-step login is already on for account " + account);
		}
		return setup(secret, email);
	}

	/** The secret being set up, if one is. */
	public Optional<Setup> pending(long account, String email) {
		return jdbc.sql("select totp_secret from accounts_account where id = :id and totp_confirmed_at is null")
			.param("id", account)
			.query((rs, row) -> Optional.ofNullable(secrets.open(rs.getBytes(1))))
			.optional()
			.flatMap(secret -> secret)
			.map(secret -> setup(secret, email));
	}

	/**
	 * Puts the secret being set up in force when {@code code} comes from it, and returns the
	 * recovery codes to show once; empty when the code is not right.
	 */
	@Transactional
	public Optional<List<String>> confirm(long account, String code) {
		String secret = jdbc.sql("select totp_secret from accounts_account where id = :id and totp_confirmed_at is null for update")
			.param("id", account)
			.query((rs, row) -> Optional.ofNullable(secrets.open(rs.getBytes(1))))
			.optional()
			.flatMap(found -> found)
			.orElse(null);
		if (secret == null || !useTotp(account, secret, code)) {
			return Optional.empty();
		}
		jdbc.sql("update accounts_account set totp_confirmed_at = :now where id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", account)
			.update();
		return Optional.of(newRecoveryCodes(account));
	}

	/** Whether {@code code} is a code of the account's app or an unused recovery code; either is used up. */
	@Transactional
	public boolean check(long account, String code) {
		String typed = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		if (typed.matches("[0-9]{6}")) {
			String secret = jdbc.sql("select totp_secret from accounts_account where id = :id and totp_confirmed_at is not null")
				.param("id", account)
				.query((rs, row) -> Optional.ofNullable(secrets.open(rs.getBytes(1))))
				.optional()
				.flatMap(found -> found)
				.orElse(null);
			return secret != null && useTotp(account, secret, typed);
		}
		if (typed.length() != 16) {
			return false;
		}
		return jdbc.sql("""
				update accounts_recovery_code set used_at = :now
				where account_id = :id and code_hash = :hash and used_at is null
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", account)
			.param("hash", sha256(typed))
			.update() == 1;
	}

	/** Ten new recovery codes, to show once; the old ones stop working. */
	@Transactional
	public List<String> newRecoveryCodes(long account) {
		jdbc.sql("delete from accounts_recovery_code where account_id = :id").param("id", account).update();
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 16; c++) {
				code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
			}
			jdbc.sql("insert into accounts_recovery_code (account_id, code_hash) values (:id, :hash) on conflict do nothing")
				.param("id", account)
				.param("hash", sha256(code.toString()))
				.update();
			shown.add(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-" + code.substring(12));
		}
		return shown;
	}

	/** Turns two-step login off for the account: secret and recovery codes are gone. */
	@Transactional
	public void turnOff(long account) {
		jdbc.sql("""
				update accounts_account set totp_secret = null, totp_confirmed_at = null, totp_last_step = null where id = :id
				""").param("id", account).update();
		jdbc.sql("delete from accounts_recovery_code where account_id = :id").param("id", account).update();
	}

	/**
	 * A code of this step or the one before or after (a phone's clock may differ by half a
	 * minute), newer than the last one used, so that an overheard code does not work again.
	 */
	private boolean useTotp(long account, String secret, String code) {
		if (code == null || !code.matches("[0-9]{6}")) {
			return false;
		}
		long now = Math.floorDiv(clock.instant().getEpochSecond(), STEP_SECONDS);
		for (long step = now - 1; step <= now + 1; step++) {
			if (MessageDigest.isEqual(generate(secret, step).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				return jdbc.sql("""
						update accounts_account set totp_last_step = :step
						where id = :id and (totp_last_step is null or totp_last_step < :step)
						""")
					.param("step", step)
					.param("id", account)
					.update() == 1;
			}
		}
		return false;
	}

	private String generate(String secret, long step) {
		try {
			return codes.generate(secret, step);
		}
		catch (CodeGenerationException e) {
			throw new IllegalStateException("Cannot make a TOTP code", e);
		}
	}

	private Setup setup(String secret, String email) {
		String uri = new QrData.Builder().label(email)
			.secret(secret)
			.issuer(properties.name())
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(STEP_SECONDS)
			.build()
			.getUri();
		return new Setup(secret.replaceAll("(.{4})(?!$)", "$1 "), uri);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
