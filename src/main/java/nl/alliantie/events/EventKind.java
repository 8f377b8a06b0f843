package nl.alliantie.events;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** What kind of one-off event; stored and in forms as {@link #code()}. */
public enum EventKind {

	/** A national symposium (landelijk symposium). */
	SYMPOSIUM,

	/** A regional working meeting, e.g. to start local social agendas (regionale werkbijeenkomst). */
	WORKING_MEETING,

	/** A round-table session (rondetafelgesprek). */
	ROUND_TABLE,

	OTHER;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind a form or the database names, or empty for anything else. */
	public static Optional<EventKind> parse(@Nullable String code) {
		for (EventKind kind : values()) {
			if (kind.code().equals(code)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
