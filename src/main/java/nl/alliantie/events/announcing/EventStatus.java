package nl.alliantie.events.announcing;

import java.util.Locale;

/** Where an event stands; stored as {@link #code()}. Whether it has been held follows from its date. */
public enum EventStatus {

	ANNOUNCED, CANCELLED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static EventStatus ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}
}
