package nl.alliantie.site;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** Dutch by default; English by a visible switch, remembered in a cookie for a year. */
@Configuration(proxyBeanMethods = false)
class LanguageConfiguration {

	static final Locale DUTCH = Locale.of("nl");

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("alliantie-taal") {

			@Override
			public LocaleContext resolveLocaleContext(HttpServletRequest request) {
				Locale chosen = super.resolveLocaleContext(request).getLocale();
				Locale supported = chosen != null && "en".equals(chosen.getLanguage()) ? Locale.ENGLISH : DUTCH;
				return () -> supported;
			}
		};
		resolver.setDefaultLocale(DUTCH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setRejectInvalidCookies(true);
		return resolver;
	}

	@Controller
	static class LanguageController {

		private final LocaleResolver locales;

		LanguageController(LocaleResolver locales) {
			this.locales = locales;
		}

		@GetMapping("/taal/{language}")
		String switchTo(@PathVariable String language, @RequestParam(name = "terug", defaultValue = "/") String back,
				HttpServletRequest request, HttpServletResponse response) {
			Locale locale = "en".equals(language) ? Locale.ENGLISH : DUTCH;
			locales.setLocale(request, response, locale);
			return "redirect:" + (isLocal(back) ? back : "/");
		}

		/** Only paths on this site, so the switch cannot send people elsewhere. */
		static boolean isLocal(String path) {
			return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && !path.contains("\r")
					&& !path.contains("\n");
		}
	}
}
