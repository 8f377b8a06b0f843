package nl.alliantie.accounts.login;

import java.util.UUID;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.alliantie.accounts.AccountId;
import nl.alliantie.accounts.Accounts;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;

/** Real accounts for tests, and MockMvc logins as them. */
@Component
public class TestLogins {

	public static final String PASSWORD = "test-wachtwoord-123";

	private final Accounts accounts;

	private final AccountDetailsService details;

	TestLogins(Accounts accounts, AccountDetailsService details) {
		this.accounts = accounts;
		this.details = details;
	}

	/** A new account with {@link #PASSWORD} and these grants; returns its e-mail address. */
	public String account(Grant... grants) {
		String email = "test-" + UUID.randomUUID() + "@test.alliantie.local";
		AccountId id = accounts.ensure(email, "Test " + email.substring(5, 13));
		for (Grant grant : grants) {
			accounts.grant(id, grant);
		}
		accounts.setPassword(id, PASSWORD);
		return email;
	}

	/** Logged in as a new account with these grants. */
	public RequestPostProcessor as(Grant... grants) {
		return as(account(grants));
	}

	/** Logged in as the existing account {@code email}. */
	public RequestPostProcessor as(String email) {
		return SecurityMockMvcRequestPostProcessors.user(details.loadUserByUsername(email));
	}

	public RequestPostProcessor secretariat() {
		return as(Grant.of(Role.SECRETARIAAT));
	}

	public RequestPostProcessor coordinator(String region) {
		return as(new Grant(Role.REGIOCOORDINATOR, region));
	}

	public RequestPostProcessor representative(long organisationId) {
		return as(new Grant(Role.VERTEGENWOORDIGER, Long.toString(organisationId)));
	}
}
