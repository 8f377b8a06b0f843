package nl.alliantie.signals.handling;

/** Where a signal stands; the order of the first five is the order of progress. */
public enum Status {

	NIEUW, IN_BEHANDELING, BESPROKEN, IN_LOBBY, AFGEROND, NIET_GEPUBLICEERD;

	/** Published (given consent) once a moderator took it up, until it is withdrawn. */
	public boolean visible() {
		return this == IN_BEHANDELING || this == BESPROKEN || this == IN_LOBBY || this == AFGEROND;
	}

	/** Still open in the queue. */
	public boolean open() {
		return this == NIEUW || this == IN_BEHANDELING || this == BESPROKEN || this == IN_LOBBY;
	}
}
