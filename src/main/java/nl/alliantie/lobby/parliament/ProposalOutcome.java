package nl.alliantie.lobby.parliament;

/** What became of a proposal to parliament. */
public enum ProposalOutcome {
	/** Nothing yet. */
	OPEN,
	/** A motion based on it was filed (motie ingediend). */
	MOTION_FILED,
	/** The motion was passed (aangenomen). */
	MOTION_PASSED,
	/** The motion was rejected (verworpen). */
	MOTION_REJECTED,
	/** The government promised it (toegezegd). */
	PROMISED
}
