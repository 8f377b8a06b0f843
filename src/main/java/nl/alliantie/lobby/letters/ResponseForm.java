package nl.alliantie.lobby.letters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The council's response as the secretariat or a local group records it. */
public record ResponseForm(String reactie, String datum,
		@Size(max = 4000, message = "{lobby.response.note.size}") String notitie) {

	static ResponseForm of(LetterStore.Row row) {
		return new ResponseForm(row.response().name(), row.responseOn() == null ? "" : row.responseOn().toString(),
				row.responseNote() == null ? "" : row.responseNote());
	}

	@Nullable Response response(BindingResult result) {
		try {
			return Response.valueOf(reactie == null ? "" : reactie);
		}
		catch (IllegalArgumentException e) {
			result.rejectValue("reactie", "lobby.response.state.required");
			return null;
		}
	}

	@Nullable LocalDate on(BindingResult result, LocalDate today) {
		if (datum == null || datum.isBlank()) {
			return null;
		}
		try {
			LocalDate on = LocalDate.parse(datum.strip());
			if (on.isAfter(today)) {
				result.rejectValue("datum", "lobby.response.date.future");
			}
			return on;
		}
		catch (DateTimeParseException e) {
			result.rejectValue("datum", "lobby.response.date.invalid");
			return null;
		}
	}
}
