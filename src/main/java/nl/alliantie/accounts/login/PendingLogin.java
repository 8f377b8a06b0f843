package nl.alliantie.accounts.login;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * A login whose password was right and whose second step is still to come, kept in the session
 * (not a login yet: nothing under /beheer opens). It lasts {@link #VALID}, for {@link #TRIES} codes;
 * after that the password is asked again. The throttle key of the password attempt counts the
 * codes too.
 */
record PendingLogin(long accountId, String email, AccountPrincipal.SecondStep step, LoginThrottle.Kind kind,
		String key, Instant startedAt, int tries) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String ATTRIBUTE = PendingLogin.class.getName();

	static final Duration VALID = Duration.ofMinutes(10);

	static final int TRIES = 5;

	PendingLogin withTry() {
		return new PendingLogin(accountId, email, step, kind, key, startedAt, tries + 1);
	}

	boolean expired(Instant now) {
		return startedAt.plus(VALID).isBefore(now) || tries >= TRIES;
	}

	static @Nullable PendingLogin in(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : (PendingLogin) session.getAttribute(ATTRIBUTE);
	}

	void keep(HttpServletRequest request) {
		request.getSession().setAttribute(ATTRIBUTE, this);
	}

	static void forget(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(ATTRIBUTE);
		}
	}
}
