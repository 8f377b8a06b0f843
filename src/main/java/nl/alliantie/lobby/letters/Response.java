package nl.alliantie.lobby.letters;

/** What a council did with the letter, as far as the alliance knows. */
public enum Response {
	/** Sent; nothing heard yet. */
	SENT,
	/** The clerk confirmed receipt. */
	RECEIVED,
	/** On the agenda of the council or a committee. */
	ON_AGENDA,
	/** Discussed by the council. */
	DISCUSSED,
	/** A motion or amendment based on it was passed. */
	MOTION_PASSED,
	/** No response. */
	NO_RESPONSE
}
