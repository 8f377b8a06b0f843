package nl.alliantie.conferences.web;

import org.jspecify.annotations.Nullable;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What an edit form shows in its fields: the stored values, or after a mistake exactly what was
 * typed, also what could not be read as a number or a date.
 */
public record FormValues(Map<String, String> values) {

	public FormValues {
		values = Map.copyOf(values);
	}

	/** The values as the browser sent them. */
	public static FormValues typed(Map<String, String> parameters) {
		Map<String, String> values = new LinkedHashMap<>();
		parameters.forEach((name, value) -> values.put(name, value == null ? "" : value));
		return new FormValues(values);
	}

	public static FormValues of(@Nullable Object... namesAndValues) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			values.put((String) namesAndValues[i], value == null ? "" : value.toString());
		}
		return new FormValues(values);
	}

	public String get(String name) {
		return values.getOrDefault(name, "");
	}

	public String getOr(String name, Object fallback) {
		return values.containsKey(name) ? values.get(name) : String.valueOf(fallback);
	}

	public boolean checked(String name) {
		return "true".equals(values.get(name));
	}

	/**
	 * When a value cannot be read (a date, a number), Spring makes no form and checks none of the
	 * other fields. This checks the other text fields of {@code formType} as typed, so that every
	 * mistake shows at once, each next to its field.
	 */
	public void checkTheRest(BindingResult result, Validator validator, Class<? extends Record> formType) {
		if (result.getTarget() != null || !result.hasErrors()) {
			return;
		}
		for (RecordComponent component : formType.getRecordComponents()) {
			String field = component.getName();
			if (component.getType() != String.class || result.hasFieldErrors(field)) {
				continue;
			}
			String value = values.get(field);
			for (ConstraintViolation<?> violation : validator.validateValue(formType, field, value)) {
				result.addError(new FieldError(result.getObjectName(), field, value, false, null, null,
						violation.getMessage()));
				break;
			}
		}
	}
}
