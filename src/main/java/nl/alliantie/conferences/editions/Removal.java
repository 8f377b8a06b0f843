package nl.alliantie.conferences.editions;

/** The outcome of removing something: removed, or refused because people are registered or waiting. */
public record Removal(boolean removed, int registrations) {

	static Removal done() {
		return new Removal(true, 0);
	}

	static Removal refused(int registrations) {
		return new Removal(false, registrations);
	}
}
