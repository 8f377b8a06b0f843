package nl.alliantie.lobby.letters;

/** Where a municipality's letter is in the sending. */
public enum LetterState {
	/** Waiting for its moment, or for a worker to make its PDF. */
	WAITING,
	/** Its mail with the PDF is in the outbox. */
	QUEUED,
	/** The register has no griffie address: printed and posted by hand. */
	NO_ADDRESS
}
