package nl.alliantie.shared.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** The errors of a form, one plain sentence per field, in the order the fields failed. */
public record FormErrors(Map<String, String> byField) {

	public static final FormErrors NONE = new FormErrors(Map.of());

	public static FormErrors of(BindingResult result, MessageSource messages, Locale locale) {
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			byField.putIfAbsent(error.getField(), messages.getMessage(error, locale));
		}
		for (var error : result.getGlobalErrors()) {
			byField.putIfAbsent("", messages.getMessage(error, locale));
		}
		return new FormErrors(java.util.Collections.unmodifiableMap(byField));
	}

	/**
	 * A value the form's checks guarantee, read where the binding result showed no errors: a field its
	 * form marks {@code @NotNull} (so {@code @Nullable} in the record, as a visitor may leave it out), or
	 * one a parser returns as null only after rejecting its field. Null here is a programming error
	 * (read before the check), never a visitor's.
	 */
	public static <T> T checked(@Nullable T value) {
		return java.util.Objects.requireNonNull(value, "a @NotNull form field read before its form was validated");
	}

	public @Nullable String get(String field) {
		return byField.get(field);
	}

	public boolean any() {
		return !byField.isEmpty();
	}
}
