package nl.alliantie.accounts.login;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** An attempt that may not start yet; no password was checked. */
class LoginThrottledException extends AuthenticationException {

	private final transient Duration wait;

	private final LoginThrottle.Kind kind;

	LoginThrottledException(Duration wait, LoginThrottle.Kind kind) {
		super("Even wachten");
		this.wait = wait;
		this.kind = kind;
	}

	Duration waitFor() {
		return wait;
	}

	LoginThrottle.Kind kind() {
		return kind;
	}
}
