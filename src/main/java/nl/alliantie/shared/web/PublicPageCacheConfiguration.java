package nl.alliantie.shared.web;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** Registers the {@link PublicPageCache} just before Spring Security, so that a kept page costs no filter chain. */
@Configuration(proxyBeanMethods = false)
class PublicPageCacheConfiguration {

	/** After the request context (-105), before Spring Security (-100). */
	static final int ORDER = -101;

	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCache(@Value("${alliantie.web.page-cache:1s}") Duration ttl,
			@Value("${alliantie.web.cached-pages:}") List<String> paths, LocaleResolver locales,
			@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie,
			ObjectProvider<VisitorTokens> tokens) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(
				new PublicPageCache(ttl, paths.stream().filter(p -> !p.isBlank()).toList(), locales, sessionCookie,
						tokens.getIfAvailable()));
		registration.setOrder(ORDER);
		return registration;
	}
}
