package nl.alliantie.accounts.login;

import org.springframework.security.core.AuthenticationException;

/** The password was right, but the login is not done: a code (or setting up two-step login) comes next. */
class SecondStepNeeded extends AuthenticationException {

	private final transient PendingLogin pending;

	SecondStepNeeded(PendingLogin pending) {
		super("Tweede stap nodig");
		this.pending = pending;
	}

	PendingLogin pending() {
		return pending;
	}
}
