package nl.alliantie.conferences;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where a registration for a day stands. Stored (and in URLs) as {@link #code()}: {@code registered}, {@code waiting}, {@code cancelled}. */
public enum RegistrationStatus {

	/** Has a place on the day. */
	REGISTERED,

	/** On the day's waiting list: gets the first place that comes free. */
	WAITING,

	/** Cancelled by the registrant, or a hold through the form that lapsed unconfirmed (then {@code lapsed_at} is set: docs/adr/0027). */
	CANCELLED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static RegistrationStatus ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

	/** The status a request parameter names, or empty for anything else. */
	public static Optional<RegistrationStatus> parse(@Nullable String code) {
		for (RegistrationStatus status : values()) {
			if (status.code().equals(code)) {
				return Optional.of(status);
			}
		}
		return Optional.empty();
	}
}
