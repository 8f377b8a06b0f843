package nl.alliantie.accounts.twostep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import nl.alliantie.shared.AlliantieProperties;

/**
 * Seals the secrets of two-step login with AES-256-GCM, so that a copy of the database (a backup,
 * a dump) holds no usable secret. The key is {@code ALLIANTIE_MFA_KEY} (32 bytes, Base64), the
 * same on every instance; without it, a key made at the first start in the data directory
 * ({@code <data-dir>/mfa.key}, readable by the owner only), which suits one instance.
 */
@Component
class EncryptedSecrets {

	private static final Logger log = LoggerFactory.getLogger(EncryptedSecrets.class);

	private static final byte VERSION = 1;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey key;

	EncryptedSecrets(@Value("${alliantie.mfa.key:}") String configured, AlliantieProperties properties) {
		this.key = new SecretKeySpec(StringUtils.hasText(configured) ? decode(configured)
				: fromFile(properties.dataDir().resolve("mfa.key")), "AES");
	}

	byte[] seal(String secret) {
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
			byte[] out = new byte[1 + iv.length + sealed.length];
			out[0] = VERSION;
			System.arraycopy(iv, 0, out, 1, iv.length);
			System.arraycopy(sealed, 0, out, 1 + iv.length, sealed.length);
			return out;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES-GCM not available", e);
		}
	}

	/** The secret, or null when it was sealed with another key (the key was changed or differs per instance). */
	@Nullable String open(byte[] sealed) {
		if (sealed == null || sealed.length < 14 || sealed[0] != VERSION) {
			return null;
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 1, 12));
			return new String(cipher.doFinal(Arrays.copyOfRange(sealed, 13, sealed.length)), StandardCharsets.US_ASCII);
		}
		catch (GeneralSecurityException wrongKey) {
			log.error("Een geheim voor inloggen in twee stappen opent niet met deze sleutel: is ALLIANTIE_MFA_KEY op elke instantie gelijk?");
			return null;
		}
	}

	private static byte[] decode(String configured) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(configured.trim());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalStateException("ALLIANTIE_MFA_KEY is geen Base64; maak er een met: openssl rand -base64 32");
		}
		if (key.length != 32) {
			throw new IllegalStateException("ALLIANTIE_MFA_KEY moet 32 bytes zijn; maak er een met: openssl rand -base64 32");
		}
		return key;
	}

	private static byte[] fromFile(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.toAbsolutePath().getParent());
				byte[] key = new byte[32];
				RANDOM.nextBytes(key);
				Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "mfa", ".key");
				try {
					Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException notPosix) {
					// Windows: the directory's own rights apply
				}
				Files.writeString(temporary, Base64.getEncoder().encodeToString(key));
				try {
					Files.move(temporary, file);
				}
				catch (IOException raced) {
					Files.deleteIfExists(temporary);
				}
			}
			return decode(Files.readString(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or make the key for two-step login in " + file, e);
		}
	}
}
