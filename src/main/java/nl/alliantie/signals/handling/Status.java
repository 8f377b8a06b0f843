package nl.alliantie.signals.handling;

/** Where a signal stands; the order of the first five is the order of progress. */
public enum Status {

	NIEUW, IN_BEHANDELING, BESPROKEN, IN_LOBBY, AFGEROND, NIET_GEPUBLICEERD;

	/** Published (given consent) once a moderator took it up, until it is withdrawn. */
	public boolean visible() {
		return this == IN_BEHANDELING || this == BESPROKEN || this == IN_LOBBY || this == AFGEROND;
	}

	/**
	 * The status shown to the public and the secretariat alike: a signal being handled that was
	 * put on the agenda of a regional consultation is "Op de agenda" ({@code OP_DE_AGENDA}, a text
	 * only: it is still {@link #IN_BEHANDELING}) until it was discussed.
	 */
	public static String shown(String status, String agendaRegion) {
		return IN_BEHANDELING.name().equals(status) && agendaRegion != null ? "OP_DE_AGENDA" : status;
	}

	/** Still open in the queue. */
	public boolean open() {
		return this == NIEUW || this == IN_BEHANDELING || this == BESPROKEN || this == IN_LOBBY;
	}
}
