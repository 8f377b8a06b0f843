package nl.alliantie.lobby;

import java.time.LocalDate;

/**
 * A consultation with the state secretary is public (or was changed while public): its position
 * paper can be read at {@code /lobby/staatssecretaris/{meeting}}. Published on every save while
 * public, so a listener keeps what it shows of it (title, date) up to date.
 */
public record PositionPaperPublished(long meeting, LocalDate heldOn, String title) {

	public String href() {
		return "/lobby/staatssecretaris/" + meeting;
	}
}
