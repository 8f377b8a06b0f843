package nl.alliantie.accounts.login;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * After a login: to the page the person wanted, else the secretariat's start page or the home
 * page. After a failed one: back to the form with the address kept and a clear message.
 */
@Component
class LoginHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	static final String EMAIL = "email";

	static final String ERROR = "loginError";

	static final String WAIT = "loginWait";

	private static final SessionFlashMapManager FLASH = new SessionFlashMapManager();

	private final JdbcClient jdbc;

	private final KnownDevices devices;

	private final Clock clock;

	LoginHandlers(JdbcClient jdbc, KnownDevices devices, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.devices = devices;
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		return authentication.getAuthorities().isEmpty() ? "/" : "/beheer";
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

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		if (exception instanceof InternalAuthenticationServiceException) {
			// Not a wrong password: the accounts could not be read (database down). Say so.
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
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
