package nl.alliantie.lobby.secretary;

/** Whether the state secretary did what was promised, as checked at a later consultation. */
public enum CommitmentStatus {
	/** Not yet done, or not yet checked. */
	OPEN,
	/** Done (nagekomen). */
	KEPT,
	/** Not done (niet nagekomen). */
	NOT_KEPT
}
