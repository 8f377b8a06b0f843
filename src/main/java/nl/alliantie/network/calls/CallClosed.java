package nl.alliantie.network.calls;

/** A reply came after the reply-by date. */
public class CallClosed extends RuntimeException {

	public CallClosed() {
		super("The reply-by date of this call has passed");
	}
}
