package nl.alliantie.consultations.minutes;

import java.time.LocalDate;

/** A decision or an action point (what, who, by when, status) of a consultation. */
public record ActionPoint(long id, long consultationId, String kind, String what, String who, LocalDate due,
		String status, boolean forAlliantiedagen) {

	public boolean done() {
		return "KLAAR".equals(status);
	}

	/** An action point not done and past its date (a decision has no date). */
	public boolean overdue(LocalDate today) {
		return due != null && due.isBefore(today) && !done();
	}
}
