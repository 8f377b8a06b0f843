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
	GESTOPT
}
