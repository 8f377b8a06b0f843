package nl.alliantie.accounts.login;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

class LoginThrottledException extends AuthenticationException {

	private final Instant until;

	LoginThrottledException(Instant until) {
		super("Te veel mislukte pogingen");
		this.until = until;
	}

	Instant until() {
		return until;
	}
}
