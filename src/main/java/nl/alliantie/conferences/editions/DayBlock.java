package nl.alliantie.conferences.editions;

import java.time.LocalTime;
import java.util.List;

/** A block of one day's program, with its speakers. */
public record DayBlock(long id, int position, String kind, String title, LocalTime startsAt, LocalTime endsAt,
		List<Speaker> speakers) {

	public String time() {
		return startsAt + "–" + endsAt;
	}
}
