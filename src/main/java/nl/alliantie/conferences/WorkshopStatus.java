package nl.alliantie.conferences;

import java.util.Locale;

/** Where a registration stands for its workshop on the day. Stored as {@link #code()}: {@code none}, {@code placed}, {@code waiting}. */
public enum WorkshopStatus {

	/** No workshop chosen, or the registration is not (or no longer) on the day. */
	NONE,

	/** Has a place in the workshop. */
	PLACED,

	/** On the workshop's waiting list. */
	WAITING;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static WorkshopStatus ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}
}
