package nl.alliantie.events.announcing;

import jakarta.validation.constraints.Size;

/** Cancels an event; {@code bericht}: a few words for the registrants' mail. */
public record CancelForm(@Size(max = 2000, message = "{events.cancel.message.size}") String bericht) {

	public CancelForm {
		bericht = bericht == null ? "" : bericht.strip();
	}
}
