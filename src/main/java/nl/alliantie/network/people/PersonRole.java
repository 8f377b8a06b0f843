package nl.alliantie.network.people;

/** Roles a person has in the network besides representative; each is bound to a kind of scope. */
public enum PersonRole {

	CONTACTPERSOON(Scope.ORGANISATION), KADERLID(Scope.ORGANISATION), CORRESPONDENT(Scope.PROVINCE),
	REDACTIE(Scope.NONE), REGIOCOORDINATOR(Scope.REGION);

	public enum Scope {
		NONE, ORGANISATION, PROVINCE, REGION
	}

	private final Scope scope;

	PersonRole(Scope scope) {
		this.scope = scope;
	}

	public Scope scope() {
		return scope;
	}
}
