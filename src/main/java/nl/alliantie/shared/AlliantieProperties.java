package nl.alliantie.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of one installation. Every field can be set through the environment, for example
 * {@code ALLIANTIE_DATA_DIR} or {@code ALLIANTIE_ADMIN_EMAIL}. {@code demoData}: {@code true} or
 * {@code false} as set; not set, demo data on the embedded database only (never on a real server).
 */
@ConfigurationProperties("alliantie")
public record AlliantieProperties(
		@DefaultValue("Alliantie") String name,
		@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("./data") Path dataDir,
		Boolean demoData,
		@DefaultValue Admin admin,
		@DefaultValue Mail mail,
		@DefaultValue EmbeddedDatabase embeddedDatabase) {

	public record Admin(String email, String password) {
	}

	/**
	 * @param from sender address of every mail
	 * @param catcherPort port of the in-process SMTP server used when no {@code SPRING_MAIL_HOST}
	 * is set; 0 picks a free port
	 */
	public record Mail(@DefaultValue("secretariaat@alliantie.local") String from,
			@DefaultValue("2525") int catcherPort) {
	}

	/**
	 * @param port fixed port for the embedded PostgreSQL, 0 picks a free one
	 * @param fsync keep it on: a small alliance really runs on this database
	 */
	public record EmbeddedDatabase(@DefaultValue("0") int port, @DefaultValue("true") boolean fsync) {
	}

	public String absoluteUrl(String path) {
		String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		return base + path;
	}
}
