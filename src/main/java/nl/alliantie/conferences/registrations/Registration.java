package nl.alliantie.conferences.registrations;

import java.time.Clock;
import java.time.LocalDate;

/** A registration with the rules for changing and cancelling it. */
public record Registration(long id, long dayId, LocalDate dayDate, String status, String workshopStatus,
		Long sessionId, Long firstChoice, Long secondChoice) {

	public boolean cancelled() {
		return "cancelled".equals(status);
	}

	public boolean waiting() {
		return "waiting".equals(status);
	}

	public boolean placedInWorkshop() {
		return "placed".equals(workshopStatus);
	}

	/** Changes are possible until the day, not after it and not once cancelled. */
	public boolean changeable(Clock clock) {
		return !cancelled() && !dayDate.isBefore(LocalDate.now(clock));
	}

	/** The registration as cancelled; refused after the day or when it was cancelled already. */
	public Registration cancel(Clock clock) {
		if (cancelled()) {
			throw new RegistrationRefused(RegistrationRefused.Reason.ALREADY_CANCELLED);
		}
		if (!changeable(clock)) {
			throw new RegistrationRefused(RegistrationRefused.Reason.DAY_PASSED);
		}
		return new Registration(id, dayId, dayDate, "cancelled", "none", sessionId, firstChoice, secondChoice);
	}
}
