package nl.alliantie.consultations;

import java.util.Arrays;

/**
 * Where a regional consultation stands. Stored as today's Dutch {@link #code()} (the column's
 * check constraint lists them); the texts are {@code consultations.status.<code>}.
 */
public enum ConsultationStatus {

	PLANNED("GEPLAND"),

	INVITATIONS_SENT("UITNODIGING_VERSTUURD"),

	HELD("GEHOUDEN"),

	MINUTES_PUBLISHED("VERSLAG_GEPUBLICEERD"),

	CANCELLED("GEANNULEERD");

	private final String code;

	ConsultationStatus(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** Still to come: replies, changes and agenda items are taken. */
	public boolean open() {
		return this == PLANNED || this == INVITATIONS_SENT;
	}

	public static ConsultationStatus ofCode(String code) {
		return Arrays.stream(values())
			.filter(status -> status.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No consultation status " + code));
	}
}
