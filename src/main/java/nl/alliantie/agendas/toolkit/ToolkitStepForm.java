package nl.alliantie.agendas.toolkit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A step of the toolkit's plan: its place in the order, its title, and its text in Markdown. */
public record ToolkitStepForm(
		@NotBlank(message = "{agendas.toolkit.position.invalid}") @Pattern(regexp = "^$|[1-9]\\d{0,2}|1000", message = "{agendas.toolkit.position.invalid}") String plaats,
		@NotBlank(message = "{agendas.toolkit.title.required}") @Size(max = 200, message = "{agendas.form.size}") @Pattern(regexp = "(?s)(?!.*<[a-zA-Z/!?]).*", message = "{agendas.form.markup}") String titel,
		@Size(max = 20000, message = "{agendas.form.size.20000}") String tekst) {

	static ToolkitStepForm next(int position) {
		return new ToolkitStepForm(Integer.toString(position), "", "");
	}

	static ToolkitStepForm of(Toolkit.Step step) {
		return new ToolkitStepForm(Integer.toString(step.position()), step.title(), step.body());
	}

	int position() {
		return Integer.parseInt(plaats);
	}
}
