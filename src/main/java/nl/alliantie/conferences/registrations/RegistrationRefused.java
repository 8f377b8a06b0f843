package nl.alliantie.conferences.registrations;

/** A registration, change or cancellation the rules do not allow; {@code field} is the form field to blame. */
public class RegistrationRefused extends RuntimeException {

	public enum Reason {
		DAY_PASSED("dag", "conferences.register.closed"),
		ALREADY_REGISTERED("email", "conferences.register.duplicate"),
		WORKSHOP_NOT_ON_DAY("werkgroep1", "conferences.register.workshopNotOnDay"),
		ALREADY_CANCELLED("", "conferences.registration.alreadyCancelled"),
		TOO_MANY_FROM_ADDRESS("email", "conferences.register.limit.address"),
		TOO_MANY_FROM_NETWORK("", "conferences.register.limit.network");

		private final String field;

		private final String messageKey;

		Reason(String field, String messageKey) {
			this.field = field;
			this.messageKey = messageKey;
		}

		public String field() {
			return field;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	private final Reason reason;

	public RegistrationRefused(Reason reason) {
		super(reason.name());
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
