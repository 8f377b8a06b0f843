package nl.alliantie.accounts;

import java.util.Set;

/** The logged-in account as other modules see it. */
public record CurrentAccount(AccountId id, String email, String displayName, Set<Grant> grants) {

	public boolean has(Role role) {
		return grants.stream().anyMatch(grant -> grant.role() == role);
	}

	public boolean has(Role role, String scope) {
		return grants.contains(new Grant(role, scope));
	}

	public Set<String> scopes(Role role) {
		return grants.stream()
			.filter(grant -> grant.role() == role)
			.map(Grant::scope)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}
}
