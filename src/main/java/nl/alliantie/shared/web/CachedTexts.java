package nl.alliantie.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * The message source as pages use it: a text without arguments is formatted once per language and
 * then served from memory. Spring formats each message with a {@code MessageFormat} it locks while
 * formatting, so under load every request would queue on the texts of the layout.
 * <p>
 * A text with text arguments ({@code "Regio {0}"}, once per row of a list) is formatted once per
 * language with markers for its arguments, and then filled in without {@code MessageFormat}; the
 * result is the same, because {@code MessageFormat} puts a text argument in as it is. A text with a
 * typed argument ({@code {0,number}}) or called with a number or a date goes to Spring as before.
 */
final class CachedTexts implements MessageSource {

	private static final char OPEN = '\u0001';

	private static final char CLOSE = '\u0002';

	/**
	 * A text cut where its arguments go: {@code literals[i]}, argument {@code slots[i]}, ..., last
	 * literal; made for calls with {@code arguments} arguments.
	 */
	record Template(String[] literals, int[] slots, int arguments) {

		String fill(Object[] args) {
			StringBuilder text = new StringBuilder(64);
			for (int i = 0; i < slots.length; i++) {
				text.append(literals[i]).append((CharSequence) args[slots[i]]);
			}
			return text.append(literals[slots.length]).toString();
		}

		/** Reads a text formatted with {@link #marker} arguments; empty when it holds something else. */
		static Optional<Template> of(String formatted, int arguments) {
			List<String> literals = new ArrayList<>();
			List<Integer> slots = new ArrayList<>();
			int start = 0;
			for (int open = formatted.indexOf(OPEN); open >= 0; open = formatted.indexOf(OPEN, start)) {
				int close = formatted.indexOf(CLOSE, open);
				if (close < 0) {
					return Optional.empty();
				}
				literals.add(formatted.substring(start, open));
				slots.add(Integer.parseInt(formatted.substring(open + 1, close)));
				start = close + 1;
			}
			literals.add(formatted.substring(start));
			return Optional.of(new Template(literals.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray(),
					arguments));
		}

		static String marker(int index) {
			return OPEN + Integer.toString(index) + CLOSE;
		}
	}

	private final MessageSource messages;

	private final Map<Locale, Map<String, String>> plain = new ConcurrentHashMap<>();

	private final Map<Locale, Map<String, Optional<Template>>> templates = new ConcurrentHashMap<>();

	CachedTexts(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public @Nullable String getMessage(String code, Object @Nullable [] args, @Nullable String defaultMessage, @Nullable Locale locale) {
		return messages.getMessage(code, args, defaultMessage, locale);
	}

	@Override
	public String getMessage(String code, Object @Nullable [] args, @Nullable Locale locale) {
		if (args == null || args.length == 0) {
			return plain.computeIfAbsent(locale, any -> new ConcurrentHashMap<>())
				.computeIfAbsent(code, key -> messages.getMessage(key, null, locale));
		}
		for (Object arg : args) {
			if (!(arg instanceof CharSequence)) {
				return messages.getMessage(code, args, locale);
			}
		}
		Map<String, Optional<Template>> ofLocale = templates.computeIfAbsent(locale, any -> new ConcurrentHashMap<>());
		Optional<Template> template = ofLocale.get(code);
		if (template == null) {
			template = template(code, args.length, locale);
			ofLocale.putIfAbsent(code, template);
		}
		// a call with another number of arguments than the template was made for goes to Spring
		return template.isPresent() && template.get().arguments() == args.length ? template.get().fill(args)
				: messages.getMessage(code, args, locale);
	}

	private Optional<Template> template(String code, int arguments, @Nullable Locale locale) {
		Object[] markers = new Object[arguments];
		for (int i = 0; i < arguments; i++) {
			markers[i] = Template.marker(i);
		}
		try {
			return Template.of(messages.getMessage(code, markers, locale), arguments);
		}
		catch (IllegalArgumentException typedArgument) {
			// {0,number} or {0,date} cannot take a text: such a text is always formatted by Spring.
			return Optional.empty();
		}
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, @Nullable Locale locale) {
		return messages.getMessage(resolvable, locale);
	}
}
