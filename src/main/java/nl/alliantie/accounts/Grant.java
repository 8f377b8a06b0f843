package nl.alliantie.accounts;

/** A role held by an account, with its scope ({@code ""} when the role is not bound); kept in sessions. */
public record Grant(Role role, String scope) implements java.io.Serializable {

	public Grant {
		scope = scope == null ? "" : scope.trim();
		if (role.bound() && scope.isEmpty()) {
			throw new IllegalArgumentException(role + " needs a scope");
		}
		if (!role.bound()) {
			scope = "";
		}
	}

	/** Reads the {@code ROLE:scope} form the database queries aggregate grants into. */
	public static Grant parse(String text) {
		int colon = text.indexOf(':');
		return new Grant(Role.valueOf(text.substring(0, colon)), text.substring(colon + 1));
	}

	public static Grant of(Role role) {
		return new Grant(role, "");
	}
}
