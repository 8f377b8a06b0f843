package nl.alliantie.opendata.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every answer under {@code /api/v1/} gets besides its body: CORS for GET from any origin
 * (the API is public and carries no cookies, so no credentials), a rate limit per network address
 * ({@code 429} with {@code Retry-After} in seconds, counted before anything else is done), and a
 * strong {@code ETag} of the body with {@code 304} for a matching {@code If-None-Match}; clients
 * and caches keep an answer but ask again ({@code no-cache}). Only GET and HEAD are served, so
 * CSRF does not apply; the HTML page cache never keeps these answers (they are not in
 * {@code alliantie.web.cached-pages}).
 */
@Configuration(proxyBeanMethods = false)
class OpenDataWeb implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping("/api/v1/**")
			.allowedOrigins("*")
			.allowedMethods("GET", "HEAD")
			.allowedHeaders("If-None-Match")
			.exposedHeaders(HttpHeaders.ETAG, HttpHeaders.LINK, HttpHeaders.RETRY_AFTER, "RateLimit-Limit",
					"RateLimit-Remaining")
			.allowCredentials(false)
			.maxAge(86_400);
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> openDataRateLimit(RequestRate rate) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if ("OPTIONS".equals(request.getMethod())) {
					chain.doFilter(request, response);
					return;
				}
				RequestRate.Verdict verdict = rate.count(request.getRemoteAddr());
				if (verdict.limit() > 0) {
					response.setHeader("RateLimit-Limit", String.valueOf(verdict.limit()));
					response.setHeader("RateLimit-Remaining", String.valueOf(verdict.remaining()));
				}
				if (!verdict.allowed()) {
					long seconds = Math.max(1, (verdict.retryAfter().toMillis() + 999) / 1000);
					response.setStatus(429);
					response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
					response.setHeader("Access-Control-Allow-Origin", "*");
					response.setHeader("Access-Control-Expose-Headers", "Retry-After");
					response.setContentType("application/json;charset=UTF-8");
					response.getWriter().write("{\"error\":\"Te veel verzoeken van dit adres; probeer het over " + seconds
							+ " seconden opnieuw (too many requests from this address; try again in " + seconds
							+ " seconds)\"}");
					return;
				}
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
				chain.doFilter(request, response);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/api/v1/*");
		registration.setName("openDataRateLimit");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> openDataEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/v1/*");
		registration.setName("openDataEtags");
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return registration;
	}
}
