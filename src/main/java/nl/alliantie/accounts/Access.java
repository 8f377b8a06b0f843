package nl.alliantie.accounts;

import java.util.Optional;

import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import nl.alliantie.accounts.login.AccountPrincipal;

/**
 * The server-side checks of roles and their bindings. Controllers declare what they need, for
 * example {@code @PreAuthorize("@access.coordinates(#region)")}, or call {@code require…}
 * before they act. The secretariat passes every check.
 */
@Component("access")
public class Access {

	public Optional<CurrentAccount> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.toCurrentAccount());
		}
		return Optional.empty();
	}

	public boolean isSecretariat() {
		return current().map(account -> account.has(Role.SECRETARIAAT)).orElse(false);
	}

	public boolean hasRole(Role role) {
		return current().map(account -> account.has(Role.SECRETARIAAT) || account.has(role)).orElse(false);
	}

	/** May act for the given region: the secretariat, or a coordinator of that region. */
	public boolean coordinates(String region) {
		return region != null && current()
			.map(account -> account.has(Role.SECRETARIAAT) || account.has(Role.REGIOCOORDINATOR, region))
			.orElse(false);
	}

	/** May act for the given organisation: the secretariat, or one of its representatives. */
	public boolean represents(long organisationId) {
		return current()
			.map(account -> account.has(Role.SECRETARIAAT)
					|| account.has(Role.VERTEGENWOORDIGER, Long.toString(organisationId)))
			.orElse(false);
	}

	/** May write for the given province: the secretariat, the editors, or its correspondent. */
	public boolean writesFor(String province) {
		return current()
			.map(account -> account.has(Role.SECRETARIAAT) || account.has(Role.REDACTIE)
					|| account.has(Role.CORRESPONDENT, province))
			.orElse(false);
	}

	public void requireSecretariat() {
		require(isSecretariat());
	}

	public void requireCoordinates(String region) {
		require(coordinates(region));
	}

	public void requireRepresents(long organisationId) {
		require(represents(organisationId));
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new AuthorizationDeniedException("Geen toegang");
		}
	}
}
