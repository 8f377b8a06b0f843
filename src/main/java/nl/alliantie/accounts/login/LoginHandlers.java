package nl.alliantie.accounts.login;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * After a login: to the page the person wanted, else the secretariat's start page or the home
 * page. After a failed one: back to the form with the address kept and a clear message. After a
 * right password that needs a second step: to the code page, with the login pending in the session.
 */
@Component
class LoginHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	static final String EMAIL = "email";

	static final String ERROR = "loginError";

	static final String WAIT = "loginWait";

	/** The factor a code from the app (or a recovery code) adds to the password. */
	static final String CODE_FACTOR = "FACTOR_TOTP";

	private static final SessionFlashMapManager FLASH = new SessionFlashMapManager();

	private final JdbcClient jdbc;

	private final KnownDevices devices;

	private final Clock clock;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	LoginHandlers(JdbcClient jdbc, KnownDevices devices, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.devices = devices;
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			@Nullable Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal && principal.grants().isEmpty() ? "/"
				: "/beheer";
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
			jdbc.sql("update accounts_account set last_login_at = :now where id = :id")
				.param("now", Timestamp.from(clock.instant()))
				.param("id", principal.id())
				.update();
			devices.remember(principal.id(), request, response);
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/**
	 * Makes the login whose second step is done: a new session id, the login in it, the browser
	 * known. The caller then shows or redirects to what comes next.
	 */
	Authentication establish(AccountPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
		authorities.add(FactorGrantedAuthority.fromAuthority(CODE_FACTOR));
		principal.eraseCredentials();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(principal,
				null, authorities);
		authentication.setDetails(LoginDetails.of(request));
		PendingLogin.forget(request);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		jdbc.sql("update accounts_account set last_login_at = :now where id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", principal.id())
			.update();
		devices.remember(principal.id(), request, response);
		return authentication;
	}

	/** On to the page the person wanted before logging in, or the start page. */
	void continueAfter(Authentication authentication, HttpServletRequest request, HttpServletResponse response)
			throws ServletException, IOException {
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof InternalAuthenticationServiceException) {
			// Not a wrong password: the accounts could not be read (database down). Say so.
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		if (exception instanceof SecondStepNeeded needed) {
			if (request.getSession(false) != null) {
				request.changeSessionId();
			}
			needed.pending().keep(request);
			response.sendRedirect(request.getContextPath()
					+ (needed.pending().step() == AccountPrincipal.SecondStep.SETUP ? CodeStepController.SETUP
							: CodeStepController.CODE));
			return;
		}
		// Runs in the security filter, before the DispatcherServlet has set up flash attributes.
		FlashMap flash = new FlashMap();
		String email = request.getParameter("email");
		flash.put(EMAIL, email == null ? "" : email.trim());
		if (exception instanceof LoginThrottledException throttled) {
			flash.put(ERROR, "throttled." + throttled.kind().name().toLowerCase(java.util.Locale.ROOT));
			// whole seconds, rounded up: "wait 0 seconds" would be no help
			flash.put(WAIT, Math.max(1, (throttled.waitFor().toMillis() + 999) / 1000));
		}
		else {
			flash.put(ERROR, "bad");
		}
		flash.setTargetRequestPath("/inloggen");
		// Only the latest attempt counts: drop messages of earlier attempts not shown yet.
		request.getSession().removeAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
		FLASH.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + "/inloggen");
	}
}
