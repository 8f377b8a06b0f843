package nl.alliantie.accounts.login;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** Checks the throttle before the password, and counts every wrong password. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = authentication.getName();
		var blocked = throttle.blockedUntil(email);
		if (blocked.isPresent()) {
			throw new LoginThrottledException(blocked.get());
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.clear(email);
			return result;
		}
		catch (BadCredentialsException | org.springframework.security.authentication.DisabledException e) {
			throttle.recordFailure(email);
			throw new BadCredentialsException("Onjuist", e);
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
