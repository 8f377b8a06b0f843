package nl.alliantie.newsletter.editorial;

/** A step the editorial rules do not allow now; the message key says why in plain words. */
public class EditorialRuleBroken extends RuntimeException {

	private final String messageKey;

	public EditorialRuleBroken(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
