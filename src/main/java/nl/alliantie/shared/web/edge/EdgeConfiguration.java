package nl.alliantie.shared.web.edge;

import java.util.Locale;

import jakarta.servlet.DispatcherType;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import nl.alliantie.shared.AlliantieProperties;

/** Where requests enter: their text cleaned for every module, and Tomcat's own errors in the site's words. */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

	/** Right after the character encoding is set (highest precedence), before everything that reads a parameter. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	@Bean
	FilterRegistrationBean<CleanInputFilter> cleanInputFilter() {
		FilterRegistrationBean<CleanInputFilter> registration = new FilterRegistrationBean<>(new CleanInputFilter());
		registration.setOrder(ORDER);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR,
				DispatcherType.ASYNC, DispatcherType.INCLUDE);
		return registration;
	}

	/** Replaces the error report valve Spring Boot puts on the host (it runs after Boot's own customizer). */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> siteErrorValve(MessageSource messages,
			AlliantieProperties properties) {
		SiteErrorValve valve = new SiteErrorValve(properties.name(), texts(messages, Locale.of("nl")),
				texts(messages, Locale.ENGLISH));
		return new OrderedCustomizer(valve);
	}

	private static String[] texts(MessageSource messages, Locale locale) {
		return new String[] { messages.getMessage("edge.error.title", null, locale),
				messages.getMessage("edge.error.text", null, locale), messages.getMessage("edge.error.home", null, locale),
				messages.getMessage("edge.error.code", null, locale) };
	}

	private record OrderedCustomizer(SiteErrorValve valve)
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers(context -> {
				var pipeline = context.getParent().getPipeline();
				for (Valve existing : pipeline.getValves()) {
					if (existing instanceof ErrorReportValve) {
						pipeline.removeValve(existing);
					}
				}
				pipeline.addValve(valve);
				if (context.getParent() instanceof StandardHost host) {
					// else the host adds Tomcat's own valve at start, as it looks for that exact class
					host.setErrorReportValveClass("");
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}
	}
}
