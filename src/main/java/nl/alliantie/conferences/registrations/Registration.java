package nl.alliantie.conferences.registrations;

import java.time.Clock;
import java.time.LocalDate;

import nl.alliantie.conferences.RegistrationStatus;
import nl.alliantie.conferences.WorkshopStatus;

/** A registration with the rules for changing and cancelling it. */
public record Registration(long id, long dayId, LocalDate dayDate, RegistrationStatus status, WorkshopStatus workshopStatus,
		Long sessionId, Long firstChoice, Long secondChoice) {

	public boolean cancelled() {
		return status == RegistrationStatus.CANCELLED;
	}

	public boolean waiting() {
		return status == RegistrationStatus.WAITING;
	}

	public boolean placedInWorkshop() {
		return workshopStatus == WorkshopStatus.PLACED;
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
		return new Registration(id, dayId, dayDate, RegistrationStatus.CANCELLED, WorkshopStatus.NONE, sessionId, firstChoice, secondChoice);
	}
}
