package nl.alliantie.accounts.bootstrap;

import org.jspecify.annotations.Nullable;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import nl.alliantie.accounts.AccountId;
import nl.alliantie.accounts.Accounts;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.shared.AlliantieProperties;
import nl.alliantie.shared.demo.DemoDataStatus;

/**
 * Makes sure the secretariat can log in: with {@code ALLIANTIE_ADMIN_EMAIL} and
 * {@code ALLIANTIE_ADMIN_PASSWORD} that account is created or its password set; otherwise, when no
 * secretariat account exists yet, one is made with a generated password that is printed once.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	static final String DEFAULT_EMAIL = "secretariaat@alliantie.local";

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final Accounts accounts;

	private final AlliantieProperties properties;

	private volatile @Nullable String loginHint;

	private final DemoDataStatus demoData;

	private final DemoAccounts demoAccounts;

	AdminBootstrap(Accounts accounts, AlliantieProperties properties, DemoDataStatus demoData, DemoAccounts demoAccounts) {
		this.accounts = accounts;
		this.properties = properties;
		this.demoData = demoData;
		this.demoAccounts = demoAccounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		String email = properties.admin().email();
		String password = properties.admin().password();
		if (StringUtils.hasText(email) && StringUtils.hasText(password)) {
			AccountId admin = accounts.ensure(email, "Secretariaat");
			accounts.grant(admin, Grant.of(Role.SECRETARIAAT));
			accounts.setPassword(admin, password);
			loginHint = "Inloggen: " + email + " met het wachtwoord uit ALLIANTIE_ADMIN_PASSWORD";
			return;
		}
		if (accounts.anyWith(Role.SECRETARIAAT)) {
			loginHint = "Inloggen: met een account van het secretariaat (standaard " + DEFAULT_EMAIL
					+ "; het wachtwoord stond bij de eerste start in dit logboek)";
			return;
		}
		String target = StringUtils.hasText(email) ? email : DEFAULT_EMAIL;
		String generated = generate();
		AccountId admin = accounts.ensure(target, "Secretariaat");
		accounts.grant(admin, Grant.of(Role.SECRETARIAAT));
		accounts.setPassword(admin, generated);
		loginHint = "Inloggen: " + target + " met wachtwoord " + generated
				+ "  (eenmalig getoond; bewaar het of stel ALLIANTIE_ADMIN_PASSWORD in)";
		log.warn("Eerste start: account voor het secretariaat aangemaakt. {}", loginHint);
	}

	/** Says where Alliantie runs and how to log in, once it takes requests. */
	@EventListener
	void printBanner(ApplicationReadyEvent ready) {
		String port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
		String url = properties.baseUrl().contains("localhost:8080") ? "http://localhost:" + port : properties.baseUrl();
		StringBuilder banner = new StringBuilder("\n\n  ").append(properties.name())
			.append(" draait op ")
			.append(url)
			.append("\n  ")
			.append(loginHint);
		if (demoData.loaded()) {
			banner.append("\n  Demo-gegevens: demo-accounts (bijv. ").append(DemoAccounts.COORDINATOR_NOORD)
				.append(demoAccounts.generatedPassword()
					.map(password -> ") hebben wachtwoord " + password + "  (eenmalig getoond)")
					.orElse("); hun wachtwoord stond bij de eerste start in dit logboek"));
		}
		log.info(banner.append("\n").toString());
	}

	static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
