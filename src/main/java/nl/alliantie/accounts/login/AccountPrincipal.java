package nl.alliantie.accounts.login;

import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import nl.alliantie.accounts.AccountId;
import nl.alliantie.accounts.CurrentAccount;
import nl.alliantie.accounts.Grant;
import nl.alliantie.accounts.Role;
import nl.alliantie.shared.web.Viewer;

/** The logged-in account, kept in the session. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Viewer {

	@java.io.Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String displayName;

	private @Nullable String passwordHash;

	private final boolean enabled;

	private final Set<Grant> grants;

	private final SecondStep secondStep;

	/** What a login needs after the password. */
	enum SecondStep {
		/** Nothing: the password is enough. */
		NONE,
		/** A code from the app or a recovery code. */
		CODE,
		/** Required by the secretariat but not set up yet: set it up first. */
		SETUP
	}

	AccountPrincipal(long id, String email, String displayName, String passwordHash, boolean enabled,
			Set<Grant> grants, SecondStep secondStep) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.grants = Set.copyOf(grants);
		this.secondStep = secondStep;
	}

	SecondStep secondStep() {
		return secondStep;
	}

	public Set<Grant> grants() {
		return grants;
	}

	public CurrentAccount toCurrentAccount() {
		return new CurrentAccount(new AccountId(id), email, displayName, grants);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return grants.stream().map(grant -> new SimpleGrantedAuthority(grant.role().authority())).distinct().toList();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled && passwordHash != null;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public boolean hasRole(String role) {
		return grants.stream().anyMatch(grant -> grant.role().name().equals(role));
	}

	public long id() {
		return id;
	}

	public boolean has(Role role) {
		return grants.stream().anyMatch(grant -> grant.role() == role);
	}
}
