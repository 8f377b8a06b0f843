package nl.alliantie.consultations.invitations;

import java.time.Clock;
import java.time.Instant;

/**
 * One invitation to a consultation and its reply. The rule: a reply, first or changed, is taken
 * until the meeting starts, never after, and never for a cancelled meeting.
 */
public record Invitation(long id, long consultationId, Long organisationId, String name, String email, String answer,
		String person1Name, String person1Email, String person2Name, String person2Email, String remarks,
		Instant answeredAt, boolean attended, Instant startsAt, String consultationStatus) {

	/** What a reply says. */
	public record Reply(String answer, String person1Name, String person1Email, String person2Name,
			String person2Email, String remarks) {

		/** Stands for the content, so an identical reply is recognised as such. */
		String fingerprint() {
			return Integer.toHexString(java.util.Objects.hash(answer, lower(person1Name), lower(person1Email),
					lower(person2Name), lower(person2Email), remarks == null ? "" : remarks.trim()));
		}

		private static String lower(String value) {
			return value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public boolean open(Clock clock) {
		return clock.instant().isBefore(startsAt) && !"GEANNULEERD".equals(consultationStatus);
	}

	/** Checks that {@code reply} may be taken now; the caller stores it. */
	Reply answer(Reply reply, Clock clock) {
		if (!open(clock)) {
			throw new ReplyClosed();
		}
		if (!"JA".equals(reply.answer()) && !"NEE".equals(reply.answer())) {
			throw new IllegalArgumentException("An answer is JA or NEE");
		}
		return reply;
	}

	public boolean comes() {
		return "JA".equals(answer);
	}
}
