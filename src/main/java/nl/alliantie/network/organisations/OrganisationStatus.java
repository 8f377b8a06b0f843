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

	/**
	 * The status as a word for a person ("Op afstand"), as the CSV export writes it; the CSV import
	 * reads it back.
	 */
	public String word() {
		String words = name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
