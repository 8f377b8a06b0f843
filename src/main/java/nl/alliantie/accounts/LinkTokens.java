package nl.alliantie.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal links sent by mail. A token is 256 random bits; only its SHA-256 is stored, so a copy
 * of the database holds no usable link. A token is either one-time (consumed on use) or reusable
 * until it expires (the reply link of an invitation that may be changed until a date).
 */
@Component
public class LinkTokens {

	/** What a valid token stands for. */
	public record Link(String purpose, String subject, Instant expiresAt) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	LinkTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A token that works once, within {@code validFor}. */
	public String issueOneTime(String purpose, String subject, Duration validFor) {
		return issue(purpose, subject, validFor, true);
	}

	/** A token that works until it expires, for links a person may use more than once. */
	public String issueReusable(String purpose, String subject, Duration validFor) {
		return issue(purpose, subject, validFor, false);
	}

	/**
	 * A reusable token derived from {@code secret}, a random value only the visitor holds (such as
	 * the key a form carries against a double submit): the same secret gives the same token, so a
	 * form sent again, even a hundred times at once, gets the one link of the first and makes none.
	 */
	public String issueReusableFrom(byte[] secret, String purpose, String subject, Duration validFor) {
		if (secret.length < 16) {
			throw new IllegalArgumentException("a secret of at least 128 bits");
		}
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
			byte[] raw = mac.doFinal((purpose + "\n" + subject).getBytes(StandardCharsets.UTF_8));
			return store(Base64.getUrlEncoder().withoutPadding().encodeToString(raw), purpose, subject, validFor, false);
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private String issue(String purpose, String subject, Duration validFor, boolean oneTime) {
		byte[] raw = new byte[32];
		RANDOM.nextBytes(raw);
		return store(Base64.getUrlEncoder().withoutPadding().encodeToString(raw), purpose, subject, validFor, oneTime);
	}

	private String store(String token, String purpose, String subject, Duration validFor, boolean oneTime) {
		jdbc.sql("""
				insert into accounts_link_token (token_hash, purpose, subject, one_time, expires_at)
				values (:hash, :purpose, :subject, :oneTime, now() + make_interval(secs => :seconds))
				on conflict (token_hash) do nothing
				""")
			.param("hash", hash(token))
			.param("purpose", purpose)
			.param("subject", subject)
			.param("oneTime", oneTime)
			.param("seconds", validFor.toSeconds())
			.update();
		return token;
	}

	/** The link behind a token that is still valid, without using it up. */
	public Optional<Link> find(String token) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select purpose, subject, expires_at from accounts_link_token
				where token_hash = :hash and used_at is null and expires_at > now()
				""")
			.param("hash", hash(token))
			.query((rs, row) -> new Link(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.optional();
	}

	/**
	 * Which subject (the id of a row of the module that issued it) a still valid token of
	 * {@code purpose} opens, without using it up; empty for an unknown, used, expired or malformed
	 * token and for a token made for another purpose.
	 */
	public Optional<Long> subjectOf(String purpose, String token) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select subject from accounts_link_token
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > now()
				""")
			.param("hash", hash(token))
			.param("purpose", purpose)
			.query(String.class)
			.optional()
			.flatMap(LinkTokens::number);
	}

	private static Optional<Long> number(String subject) {
		try {
			return Optional.of(Long.parseLong(subject));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/**
	 * Uses a one-time token for {@code purpose}. Of several concurrent calls with the same token,
	 * exactly one gets the subject.
	 */
	public Optional<String> consume(String purpose, String token) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				update accounts_link_token set used_at = now()
				where token_hash = :hash and purpose = :purpose and one_time
				  and used_at is null and expires_at > now()
				returning subject
				""")
			.param("hash", hash(token))
			.param("purpose", purpose)
			.query(String.class)
			.optional();
	}

	/** How many tokens for this purpose and subject were made within the last {@code window}. */
	public int issuedWithin(String purpose, String subject, Duration window) {
		return jdbc.sql("""
				select count(*) from accounts_link_token
				where purpose = :purpose and subject = :subject
				  and created_at > now() - make_interval(secs => :seconds)
				""")
			.param("purpose", purpose)
			.param("subject", subject)
			.param("seconds", window.toSeconds())
			.query(Integer.class)
			.single();
	}

	/** The stored id of a token (its SHA-256 in hex), for naming what a mail with the link is about. */
	public static String idOf(String token) {
		return java.util.HexFormat.of().formatHex(hash(token));
	}

	private static boolean wellFormed(String token) {
		return token != null && token.length() == 43 && token.chars()
			.allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
