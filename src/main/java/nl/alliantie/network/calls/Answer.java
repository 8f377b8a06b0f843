package nl.alliantie.network.calls;

/** The three answers to a call to join. */
public enum Answer {
	JA, NEE, LATER
}
