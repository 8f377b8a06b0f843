package nl.alliantie.consultations.minutes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.alliantie.shared.web.checks.DateText;

/** A new decision or action point. */
public record ActionPointForm(
		@NotBlank(message = "{consultations.point.kind.required}") @Pattern(regexp = "^$|BESLUIT|ACTIEPUNT", message = "{consultations.point.kind.required}") String soort,
		@NotBlank(message = "{consultations.point.what.required}") @Size(max = 1000, message = "{consultations.form.size}") String wat,
		@Size(max = 200, message = "{consultations.form.size}") String wie,
		@DateText(message = "{consultations.form.date.invalid}") String wanneer,
		Boolean alliantiedagen) {

	static ActionPointForm empty() {
		return new ActionPointForm("ACTIEPUNT", "", "", "", false);
	}

	public boolean forAlliantiedagen() {
		return Boolean.TRUE.equals(alliantiedagen);
	}
}
