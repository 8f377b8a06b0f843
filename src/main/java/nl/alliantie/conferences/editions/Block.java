package nl.alliantie.conferences.editions;

import java.time.LocalTime;

/** A block of the program template of an edition. */
public record Block(long id, int position, String kind, String title, LocalTime startsAt, LocalTime endsAt) {

	public static final java.util.List<String> KINDS = java.util.List.of("opening", "introduction", "contribution",
			"intermezzo", "workshops", "closing");

	public String time() {
		return startsAt + "–" + endsAt;
	}
}
