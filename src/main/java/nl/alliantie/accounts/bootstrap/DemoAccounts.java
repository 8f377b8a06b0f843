package nl.alliantie.accounts.bootstrap;

import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import nl.alliantie.accounts.AccountId;
import nl.alliantie.accounts.Accounts;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.shared.demo.DemoData;

/**
 * Demo logins for each unbound role and a coordinator per default region, all with one password
 * generated when they are made and printed once in the start-up banner (never a published one).
 */
@Component
class DemoAccounts implements DemoData {

	static final String COORDINATOR_NOORD = "coordinator.noord@demo.alliantie.local";

	private final Accounts accounts;

	/** The password made in this run, to print once; empty on later starts. */
	private volatile @Nullable String generated;

	DemoAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return "accounts";
	}

	@Override
	public int order() {
		return 0;
	}

	@Override
	public void load() {
		String password = AdminBootstrap.generate();
		generated = password;
		for (String region : new String[] { "noord", "oost", "zuid", "west" }) {
			String name = "Demo coördinator " + region;
			create("coordinator." + region + "@demo.alliantie.local", name, password, new Grant(Role.REGIOCOORDINATOR, region));
		}
		create("redactie@demo.alliantie.local", "Demo redactie", password, Grant.of(Role.REDACTIE));
		create("correspondent.limburg@demo.alliantie.local", "Demo correspondent Limburg", password,
				new Grant(Role.CORRESPONDENT, "Limburg"));
	}

	private void create(String email, String name, String password, Grant grant) {
		AccountId account = accounts.ensure(email.toLowerCase(Locale.ROOT), name);
		accounts.grant(account, grant);
		accounts.setPassword(account, password);
	}

	/** The password of the demo logins, only in the run that made them. */
	Optional<String> generatedPassword() {
		return Optional.ofNullable(generated);
	}
}
