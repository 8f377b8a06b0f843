package nl.alliantie.accounts.login;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import nl.alliantie.accounts.login.LoginThrottle.Kind;

/**
 * Counts the attempt before the password is checked (docs/adr/0015): a browser that logged in to
 * this address before only against itself; any other against the e-mail address and against its
 * network. A right password hands the network's count back and clears the address's.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private record Claim(Kind kind, String key) {
	}

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	private final KnownDevices devices;

	private final java.time.Clock clock;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle, KnownDevices devices,
			java.time.Clock clock) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.devices = devices;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = normalise(authentication.getName());
		LoginDetails from = authentication.getDetails() instanceof LoginDetails details ? details
				: new LoginDetails("unknown", null);
		List<Claim> counted = claim(from.deviceHash() != null && devices.knows(from.deviceHash(), email)
				? List.of(new Claim(Kind.DEVICE, from.deviceHash()))
				: List.of(new Claim(Kind.EMAIL, email), new Claim(Kind.NETWORK, from.network())));
		Authentication result;
		try {
			result = passwords.authenticate(authentication);
		}
		catch (BadCredentialsException | DisabledException wrong) {
			throw new BadCredentialsException("Onjuist", wrong);
		}
		if (!(result.getPrincipal() instanceof AccountPrincipal principal)) {
			throw new IllegalStateException("an authenticated login without its account");
		}
		Claim account = counted.stream().filter(claim -> claim.kind() != Kind.NETWORK).findFirst().orElseThrow();
		for (Claim claim : counted) {
			if (claim.kind() == Kind.NETWORK) {
				throttle.handBack(claim.kind(), claim.key());
			}
			else if (principal.secondStep() == AccountPrincipal.SecondStep.NONE) {
				throttle.forget(claim.kind(), claim.key());
			}
		}
		if (principal.secondStep() != AccountPrincipal.SecondStep.NONE) {
			// the address's count stays until the code is right too: codes are guessed on the same key
			throw new SecondStepNeeded(new PendingLogin(principal.id(), principal.getUsername(), principal.secondStep(),
					account.kind(), account.key(), clock.instant(), 0));
		}
		return result;
	}

	/** Counts the attempt for every key, or for none when one of them has to wait. */
	private List<Claim> claim(List<Claim> claims) {
		List<Claim> counted = new ArrayList<>();
		for (Claim claim : claims) {
			Optional<Duration> wait = throttle.claim(claim.kind(), claim.key());
			if (wait.isPresent()) {
				counted.forEach(done -> throttle.handBack(done.kind(), done.key()));
				throw new LoginThrottledException(wait.get(), claim.kind());
			}
			counted.add(claim);
		}
		return counted;
	}

	static String normalise(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
