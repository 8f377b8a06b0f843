package nl.alliantie.signals.handling;

/** A step that the signal's status does not allow; {@code messageKey} says why in plain words. */
public class SignalRuleBroken extends RuntimeException {

	private final String messageKey;

	public SignalRuleBroken(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
