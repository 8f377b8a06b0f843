package nl.alliantie.shared.time;

import java.time.ZoneId;

/** The one time zone of the alliance: dates and times people read are Dutch time. */
public final class DutchTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

	private DutchTime() {
	}
}
