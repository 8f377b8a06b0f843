package nl.alliantie.accounts.login;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;

import nl.alliantie.shared.AlliantieProperties;

/**
 * How session attributes are stored in PostgreSQL (docs/adr/0018): Java serialization, as Spring
 * Session does by default; an attribute written by an older version of a class that no longer
 * reads is dropped instead of failing every request of that person (they log in again).
 *
 * <p>The session cookie is {@code Secure} whenever the request came over https, also through a
 * proxy that says so ({@code server.forward-headers-strategy=native}), and always when the site's
 * public address ({@code ALLIANTIE_BASE_URL}) is an https one.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SessionConfiguration.class);

	@Bean
	DefaultCookieSerializerCustomizer secureCookieOnHttpsSites(AlliantieProperties properties) {
		boolean https = properties.baseUrl().regionMatches(true, 0, "https://", 0, 8);
		return serializer -> {
			if (https) {
				serializer.setUseSecureCookie(true);
			}
		};
	}

	@Bean
	ConversionService springSessionConversionService() {
		GenericConversionService conversions = new GenericConversionService();
		conversions.addConverter(Object.class, byte[].class, new SerializingConverter());
		DeserializingConverter read = new DeserializingConverter(SessionConfiguration.class.getClassLoader());
		conversions.addConverter(byte[].class, Object.class, new SkippingUnreadable(read));
		return conversions;
	}

	/** Reads a session attribute; one an older version wrote that this one cannot read becomes null (skipped). */
	private record SkippingUnreadable(DeserializingConverter read) implements Converter<byte[], Object> {

		// Spring declares Converter.convert as returning @Nullable T; NullAway (outside its JSpecify mode)
		// reads the type variable as non-null, so it would refuse the null a skipped attribute is.
		@SuppressWarnings("NullAway")
		@Override
		public @Nullable Object convert(byte[] bytes) {
			try {
				return read.convert(bytes);
			}
			catch (RuntimeException unreadable) {
				log.info("Sessiegegeven van een oudere versie overgeslagen: {}", unreadable.getMessage());
				return null;
			}
		}
	}
}
