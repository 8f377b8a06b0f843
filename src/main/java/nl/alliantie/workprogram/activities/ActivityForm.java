package nl.alliantie.workprogram.activities;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the secretariat types for an activity; year, state and source are checked by the controller. */
public record ActivityForm(
		@Size(max = 9, message = "{workprogram.year.invalid}") String jaar,
		@NotBlank(message = "{workprogram.title.required}") @Size(max = 200, message = "{workprogram.title.size}") String titel,
		@Size(max = 10000, message = "{workprogram.description.size}") String beschrijving,
		@Size(max = 200, message = "{workprogram.carrier.size}") String trekker,
		@Size(max = 100, message = "{workprogram.period.size}") String periode,
		@Size(max = 40, message = "{workprogram.state.invalid}") String stand,
		@Size(max = 40, message = "{workprogram.source.invalid}") String bron) {

	static ActivityForm empty(int year) {
		return new ActivityForm(Integer.toString(year), "", "", "", "", ActivityState.PLANNED.name(), "");
	}

	static ActivityForm of(Activity a) {
		return new ActivityForm(Integer.toString(a.year()), a.title(), a.description(), a.carrier(), a.period(),
				a.state().name(), a.source() == null ? "" : a.source().name());
	}

	static String text(String typed) {
		return typed == null ? "" : typed.strip();
	}
}
