package nl.alliantie.consultations.invitations;

/** A reply came after the meeting started, or for a cancelled meeting. */
public class ReplyClosed extends RuntimeException {

	ReplyClosed() {
		super("The consultation has started; replies are closed");
	}
}
