package nl.alliantie.accounts;

/** The roles of the platform. Bound roles only act within their scope. */
public enum Role {

	/** The national secretariat: runs everything. */
	SECRETARIAAT(false),
	/** Plans and runs the consultations of one region; scope is the region key. */
	REGIOCOORDINATOR(true),
	/** Speaks for one organisation; scope is the organisation id. */
	VERTEGENWOORDIGER(true),
	/** Writes and edits the newsletter. */
	REDACTIE(false),
	/** Writes for the newsletter from one province; scope is the province name. */
	CORRESPONDENT(true);

	private final boolean bound;

	Role(boolean bound) {
		this.bound = bound;
	}

	public boolean bound() {
		return bound;
	}

	public String authority() {
		return "ROLE_" + name();
	}
}
