package nl.alliantie.consultations.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An extra agenda item. */
public record AgendaItemForm(
		@NotBlank(message = "{consultations.agenda.title.required}") @Size(max = 300, message = "{consultations.form.size}") String titel) {
}
