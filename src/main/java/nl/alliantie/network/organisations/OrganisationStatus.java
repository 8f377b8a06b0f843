package nl.alliantie.network.organisations;

/** Where an organisation stands with the alliance. */
public enum OrganisationStatus {
	/** Member. */
	AANGESLOTEN,
	/** Asked to join, no answer yes yet. */
	UITGENODIGD,
	/** Member but not active. */
	OP_AFSTAND,
	/** No longer takes part. */
	GESTOPT,
	/**
	 * Said yes to a call to join without being in the register: waits for the secretariat to
	 * accept it, and is not shown to the public until then.
	 */
	AANGEMELD;

	/** Shown in the public directory, its CSV and its page. */
	public boolean isPublic() {
		return this != AANGEMELD;
	}
}
