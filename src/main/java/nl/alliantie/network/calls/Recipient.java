package nl.alliantie.network.calls;

import nl.alliantie.shared.time.DutchTime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One recipient of a call and their reply. The rule: a reply, first or changed, is taken until the
 * end of the reply-by date (Dutch time), never after.
 */
public record Recipient(long id, long callId, String callTitle, String callBody, LocalDate replyBy,
		Long organisationId, String name, String email, String municipality, String regionKey, String answer,
		String remarks, Long firstPersonId, Long secondPersonId) {

	public boolean open(Clock clock) {
		return !LocalDate.now(clock).isAfter(replyBy);
	}

	void requireOpen(Clock clock) {
		if (!open(clock)) {
			throw new CallClosed();
		}
	}
}
