package nl.alliantie.accounts.login;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import nl.alliantie.accounts.Role;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	/**
	 * No observation around every security filter: it cost about a tenth of a public page's time.
	 * Requests are still measured as a whole ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * A refused request is one line in the log (a missing or tampered CSRF token can be sent by
	 * anyone, as often as they like), then the site's 403 page.
	 */
	static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		String reason = denied instanceof CsrfException ? "CSRF-token ontbreekt of klopt niet" : "geen toegang";
		log.warn("{}: {} {} van {}", reason, request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
		if (!response.isCommitted()) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountDetailsService accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle,
			KnownDevices devices, java.time.Clock clock, LoginHandlers handlers, CookieTokens csrfTokens,
			java.util.List<nl.alliantie.shared.web.CsrfExempt> csrfExempt,
			@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(passwordEncoder);
		var authenticationManager = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, devices, clock));

		http.authenticationManager(authenticationManager)
			// Every page that needs a login lives under /beheer; finer checks (role, region,
			// organisation) sit on the controllers. Everything else is public.
			.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
				.requestMatchers("/beheer", "/beheer/**").authenticated()
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/actuator/**").hasRole(Role.SECRETARIAAT.name())
				.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/inloggen")
				.loginProcessingUrl("/inloggen")
				.usernameParameter("email")
				.passwordParameter("wachtwoord")
				.authenticationDetailsSource(LoginDetails::of)
				.successHandler(handlers)
				.failureHandler(handlers)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/uitloggen")
				.logoutSuccessUrl("/inloggen?uitgelogd")
				.deleteCookies(sessionCookie))
			.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens.repository)
				.csrfTokenRequestHandler(csrfTokens.handler)
				// only POSTs whose URL carries its own secret token (one-click unsubscribe, RFC 8058)
				.ignoringRequestMatchers(csrfExempt.stream()
					.map(exempt -> org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
						.matcher(org.springframework.http.HttpMethod.POST, exempt.pathPattern()))
					.toArray(org.springframework.security.web.util.matcher.RequestMatcher[]::new)))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(SecurityConfiguration::denied))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny())
				.permissionsPolicyHeader(
						permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));
		return http.build();
	}
}
