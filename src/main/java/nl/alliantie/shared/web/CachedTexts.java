package nl.alliantie.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * The message source as pages use it: a text without arguments is formatted once per language and
 * then served from memory. Spring formats each message with a {@code MessageFormat} it locks while
 * formatting, so under load every request would queue on the texts of the layout.
 */
final class CachedTexts implements MessageSource {

	private final MessageSource messages;

	private final Map<Locale, Map<String, String>> plain = new ConcurrentHashMap<>();

	CachedTexts(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		return messages.getMessage(code, args, defaultMessage, locale);
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) {
		if (args != null && args.length > 0) {
			return messages.getMessage(code, args, locale);
		}
		return plain.computeIfAbsent(locale, any -> new ConcurrentHashMap<>())
			.computeIfAbsent(code, key -> messages.getMessage(key, null, locale));
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
		return messages.getMessage(resolvable, locale);
	}
}
